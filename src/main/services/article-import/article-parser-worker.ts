/**
 * The article parser's thread: a thin wrapper that parses what main sends with the shared
 * parser and sends the outcome back, so a 2 MB article never holds main (and every window's
 * IPC) while it is read. Built by electron-vite as its own entry (out/main/article-parser-worker.js).
 */
import { MessageChannel, parentPort, threadId, workerData } from 'node:worker_threads'
import { EntityLinker } from '@shared/domain/entity-linker'
import {
  ParseRequestSchema,
  type ArticleParserWorkerData,
  type ParseAnswer,
} from './article-parser-protocol'
import { splitOutcome } from './parse-answer-parts'
import { parsePastedArticle } from './pasted-text'

const port = parentPort
if (!port) throw new Error('The article parser runs only as a worker thread.')
const { entities } = workerData as ArticleParserWorkerData
const linker = new EntityLinker(entities)

port.on('message', (message: unknown) => {
  const request = ParseRequestSchema.parse(message)
  const { head, parts } = splitOutcome(parsePastedArticle(request.text, linker))
  if (parts.length === 0) {
    const answer: ParseAnswer = { id: request.id, threadId, outcome: head }
    port.postMessage(answer)
    return
  }
  // The parts wait on a port of their own, queued before main gets it, so main can take them
  // in one at a time, each in a turn of its own, rather than all in the turn of the answer.
  const channel = new MessageChannel()
  for (const part of parts) channel.port1.postMessage(part)
  channel.port1.close()
  const answer: ParseAnswer = {
    id: request.id,
    threadId,
    outcome: head,
    parts: parts.length,
    port: channel.port2,
  }
  port.postMessage(answer, [channel.port2])
})
