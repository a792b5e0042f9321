/**
 * The article parser's thread: a thin wrapper that parses what main sends with the shared
 * parser and sends the outcome back, so a 2 MB article never holds main (and every window's
 * IPC) while it is read. Built by electron-vite as its own entry (out/main/article-parser-worker.js).
 */
import { parentPort, threadId, workerData } from 'node:worker_threads'
import { EntityLinker } from '@shared/domain/entity-linker'
import {
  ParseRequestSchema,
  type ArticleParserWorkerData,
  type ParseAnswer,
} from './article-parser-protocol'
import { parsePastedArticle } from './pasted-text'

const port = parentPort
if (!port) throw new Error('The article parser runs only as a worker thread.')
const { entities } = workerData as ArticleParserWorkerData
const linker = new EntityLinker(entities)

port.on('message', (message: unknown) => {
  const request = ParseRequestSchema.parse(message)
  const answer: ParseAnswer = {
    id: request.id,
    threadId,
    outcome: parsePastedArticle(request.text, linker),
  }
  port.postMessage(answer)
})
