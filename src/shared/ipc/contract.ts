import { z } from 'zod'
import type { Comparison, Transition } from '../domain/compare/types'
import type { BackupView, RestoreResult } from '../domain/data-transfer/backup-types'
import type {
  DataExportResult,
  DataImportPreview,
  DataImportResult,
} from '../domain/data-transfer/types'
import type { RoleFit, RoleFitDetail, SkillEntry } from '../domain/fit/types'
import type {
  ImportedArticle,
  ImportPreview,
  ImportResult,
  OpenedArticle,
  RoleMergePreview,
  RoleUsage,
  UndoHandle,
} from '../domain/article-import/types'
import {
  librarySorts,
  type EntityLabel,
  type LibraryResult,
  type RoleDetail,
} from '../domain/library'
import type { AppNotice } from '../domain/notice'
import {
  PLAN_ITEMS_MAX,
  PlanItemSchema,
  PlanSchema,
  LINKS_MAX,
  ProgressKeySchema,
  ProgressLinkSchema,
  ProgressStateSchema,
  type ProgressRecord,
} from '../domain/progress/types'
import type {
  PlanSummary,
  PlanDetail,
  Dashboard,
  RoleReadiness,
  Undoable,
} from '../domain/progress/views'
import { checkExternalLink } from '../domain/links/external-link'
import { RoleIdSchema } from '../domain/role'
import { sectionKeys } from '../domain/sections'
import { SalaryFiltersSchema, type RoleSalaries, type SalarySource } from '../domain/salary/types'
import { ARTICLE_MAX_BYTES } from '../importer/limits'
import type { SyncStatus } from '../sync/status'
import {
  ComparedRoleIdsSchema,
  ComparisonNotesSchema,
  ComparisonTagsSchema,
  ComparisonTitleSchema,
  type SavedComparisonView,
} from '../domain/saved-comparison'

/** Pairs an input schema with the output type of one channel; the output exists only for types. */
function channel<Input extends z.ZodType, Output>(input: Input): { input: Input; output: Output } {
  return { input, output: undefined as Output }
}

const NoInput = z.undefined()
const NoticeIdInput = z.object({ id: z.string().min(1).max(200) }).strict()
const LibraryQueryInput = z
  .object({
    text: z.string().max(200),
    industryId: z.string().max(100).optional(),
    toolId: z.string().max(100).optional(),
    familyId: z.string().max(100).optional(),
    education: z.string().max(100).optional(),
    minGrowth: z.number().min(-100).max(1000).optional(),
    minSalary: z.number().int().min(0).max(10_000_000).optional(),
    sort: z.enum(librarySorts).optional(),
  })
  .strict()
const RoleIdInput = z.object({ id: RoleIdSchema }).strict()
const UrlInput = z.object({ url: z.string().max(2048) }).strict()

const exportFormats = ['markdown', 'csv'] as const
/** `markdown`: the whole comparison as a document; `csv`: the entity matrix as a table. */
export type ExportFormat = (typeof exportFormats)[number]

/** Where an export went; `saved: false` when the user cancelled the save dialog. */
export type ExportResult = { saved: true; path: string } | { saved: false }

const CompareRolesInput = z.object({ roleIds: ComparedRoleIdsSchema }).strict()
const TransitionInput = z
  .object({ fromId: RoleIdSchema, toId: RoleIdSchema })
  .strict()
  .refine((input) => input.fromId !== input.toId, {
    message: 'Choose two different roles.',
    path: ['toId'],
  })
const ExportInput = z
  .object({
    roleIds: ComparedRoleIdsSchema,
    title: ComparisonTitleSchema,
    notes: ComparisonNotesSchema,
    format: z.enum(exportFormats),
  })
  .strict()
const SavedComparisonsListInput = z.object({ text: z.string().max(200) }).strict()
const ComparisonId = z.string().min(1).max(200)
const ComparisonIdInput = z.object({ id: ComparisonId }).strict()
const SaveComparisonInput = z
  .object({
    title: ComparisonTitleSchema.optional(),
    roleIds: ComparedRoleIdsSchema,
    notes: ComparisonNotesSchema,
    tags: ComparisonTagsSchema,
  })
  .strict()
const UpdateComparisonInput = z
  .object({
    id: ComparisonId,
    title: ComparisonTitleSchema.optional(),
    notes: ComparisonNotesSchema.optional(),
    tags: ComparisonTagsSchema.optional(),
    roleIds: ComparedRoleIdsSchema.optional(),
  })
  .strict()

const PlanId = z.string().min(1).max(200)
const PlanIdInput = z.object({ id: PlanId }).strict()
/** A local calendar day, yyyy-mm-dd: "as of" views show the state at the end of that day. */
const AsOfDate = z.iso.date()
const PlanTitle = PlanSchema.shape.title
const ItemLabel = PlanItemSchema.shape.label
const ItemIndex = z.number().int().min(0).max(PLAN_ITEMS_MAX)
/** What a new plan is made from; role ids as strict as everywhere else in the contract. */
const PlanSourceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), roleId: RoleIdSchema }).strict(),
  z
    .object({ kind: z.literal('transition'), fromId: RoleIdSchema, toId: RoleIdSchema })
    .strict()
    .refine((source) => source.fromId !== source.toId, {
      message: 'Choose two different roles.',
      path: ['toId'],
    }),
  z.object({ kind: z.literal('empty') }).strict(),
])
/** The most keys one call may add to a plan. */
export const ADD_KEYS_MAX = 500
/** Skills, tools and tips to put on a plan, in order; items the user wrote are not added by key. */
const PlanKeys = z
  .array(
    ProgressKeySchema.refine((key) => !key.startsWith('custom:'), {
      message: 'Only skills, tools and tips can be added by key.',
    }),
  )
  .min(1)
  .max(ADD_KEYS_MAX)
const PlansListInput = z.object({ includeArchived: z.boolean() }).strict()
const PlanGetInput = z.object({ id: PlanId, asOf: AsOfDate.optional() }).strict()
const PlanCreateInput = z
  .object({
    source: PlanSourceInput,
    title: PlanTitle.optional(),
    keys: PlanKeys.optional(),
  })
  .strict()
const PlanUpdateInput = z
  .object({ id: PlanId, title: PlanTitle.optional(), archived: z.boolean().optional() })
  .strict()
const PlanAddKeysInput = z.object({ id: PlanId, keys: PlanKeys }).strict()
const PlanAddItemInput = z.object({ id: PlanId, label: ItemLabel }).strict()
const PlanEditItemInput = z
  .object({ id: PlanId, key: ProgressKeySchema, label: ItemLabel })
  .strict()
const PlanMoveItemInput = z
  .object({ id: PlanId, key: ProgressKeySchema, toIndex: ItemIndex })
  .strict()
const PlanItemKeyInput = z.object({ id: PlanId, key: ProgressKeySchema }).strict()
const PlanRestoreItemInput = z
  .object({ id: PlanId, item: PlanItemSchema.strict(), index: ItemIndex })
  .strict()
/**
 * A link saved on a plan item, checked by the very policy that opening it applies, so a link
 * that could never be opened (http:, user:pass@, a private address) is refused when saved.
 * The stored schema stays as it was: links saved by older versions still load.
 */
const SavedLinkInput = ProgressLinkSchema.extend({
  url: z.string().superRefine((url, context) => {
    const checked = checkExternalLink(url)
    if (!checked.ok) context.addIssue({ code: 'custom', message: checked.reason })
  }),
}).strict()
const ProgressSetInput = z
  .object({
    key: ProgressKeySchema,
    status: ProgressStateSchema.shape.status.optional(),
    level: ProgressStateSchema.shape.level.optional(),
    notes: ProgressStateSchema.shape.notes.optional(),
    links: z.array(SavedLinkInput).max(LINKS_MAX, `Keep at most ${LINKS_MAX} links.`).optional(),
  })
  .strict()
const ProgressUndoInput = z.object({ batchId: z.string().min(1).max(200) }).strict()
const DashboardInput = z.object({ asOf: AsOfDate.optional() }).strict()
const FitRoleInput = z.object({ roleId: RoleIdSchema }).strict()
const SalariesForRoleInput = z
  .object({ roleId: RoleIdSchema, filters: SalaryFiltersSchema })
  .strict()
/** A pasted or opened article; longer texts are refused before they reach the parser. */
const mergedListKeys = [...sectionKeys, 'outlook'] as const
const ArticleText = z
  .string()
  .max(ARTICLE_MAX_BYTES, 'The article is larger than 2 MB, the most Role Atlas imports.')
const ImportPreviewInput = z.object({ text: ArticleText }).strict()
/** Positions of near matches kept apart, per list; an article has at most this many items. */
const KeptApartPositions = z.array(z.number().int().min(0).max(200_000)).max(200_000)
const ImportDecisionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('new'), name: z.string().trim().min(1).max(120) }).strict(),
  z
    .object({
      action: z.literal('merge'),
      roleId: RoleIdSchema,
      keepApart: z.partialRecord(z.enum(mergedListKeys), KeptApartPositions).optional(),
    })
    .strict(),
])
/** The text is sent again, not the preview: main parses it itself before saving anything. */
const ImportSaveInput = z
  .object({
    text: ArticleText,
    roles: z.tuple([ImportDecisionInput, ImportDecisionInput]),
    updateEarlier: z.boolean().optional(),
  })
  .strict()
const ImportMergePreviewInput = z
  .object({
    text: ArticleText,
    roleIndex: z.union([z.literal(0), z.literal(1)]),
    roleId: RoleIdSchema,
  })
  .strict()
const ImportUndoInput = z.object({ undoId: z.string().min(1).max(200) }).strict()
const ImportedRoleInput = z.object({ roleId: RoleIdSchema }).strict()
const ImportedRoleRenameInput = z
  .object({ roleId: RoleIdSchema, name: z.string().trim().min(1).max(120) })
  .strict()
const ImportedArticleInput = z.object({ articleId: z.string().min(1).max(200) }).strict()
const PlanExportInput = z.object({ id: PlanId, format: z.enum(exportFormats) }).strict()
/** The file the user picked was read and checked by `data:previewImport`; this applies it. */
const DataApplyImportInput = z
  .object({ token: z.string().min(1).max(100), mode: z.enum(['merge', 'replace']) })
  .strict()
/** A backup's file name, as `backups:list` gave it; main only restores names it lists. */
const BackupIdInput = z.object({ id: z.string().min(1).max(255) }).strict()
/** A computer's name as the other computers list it. */
const SyncDeviceNameInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give this computer a name.')
      .max(60, 'Keep the name under 60 characters.'),
  })
  .strict()
const SyncDeviceIdInput = z.object({ deviceId: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/) }).strict()
/** Nothing chosen when the user cancelled the open dialog. */
export type DataPreviewResult = { chosen: true; preview: DataImportPreview } | { chosen: false }

/** What the app shell reports about itself. */
export interface AppStatus {
  version: string
  /** Where the user's data lives, so they can back it up. */
  dataFilePath: string
  catalogVersion: number
  notices: AppNotice[]
}

/**
 * The one IPC contract: channel name (`area:verb`) → input schema and output type.
 * Main registers a handler per key, the preload exposes a function per key, and nothing
 * else names a channel.
 */
export const contract = {
  'app:status': channel<typeof NoInput, AppStatus>(NoInput),
  'app:dismissNotice': channel<typeof NoticeIdInput, undefined>(NoticeIdInput),
  'library:query': channel<typeof LibraryQueryInput, LibraryResult>(LibraryQueryInput),
  'roles:get': channel<typeof RoleIdInput, RoleDetail>(RoleIdInput),
  'taxonomy:list': channel<typeof NoInput, EntityLabel[]>(NoInput),
  'links:openExternal': channel<typeof UrlInput, undefined>(UrlInput),
  'compare:roles': channel<typeof CompareRolesInput, Comparison>(CompareRolesInput),
  'compare:transition': channel<typeof TransitionInput, Transition>(TransitionInput),
  'compare:export': channel<typeof ExportInput, ExportResult>(ExportInput),
  'savedComparisons:list': channel<typeof SavedComparisonsListInput, SavedComparisonView[]>(
    SavedComparisonsListInput,
  ),
  'savedComparisons:get': channel<typeof ComparisonIdInput, SavedComparisonView>(ComparisonIdInput),
  'savedComparisons:save': channel<typeof SaveComparisonInput, SavedComparisonView>(
    SaveComparisonInput,
  ),
  'savedComparisons:update': channel<typeof UpdateComparisonInput, SavedComparisonView>(
    UpdateComparisonInput,
  ),
  'savedComparisons:duplicate': channel<typeof ComparisonIdInput, SavedComparisonView>(
    ComparisonIdInput,
  ),
  'savedComparisons:delete': channel<typeof ComparisonIdInput, undefined>(ComparisonIdInput),
  'savedComparisons:restore': channel<typeof ComparisonIdInput, SavedComparisonView>(
    ComparisonIdInput,
  ),
  'plans:list': channel<typeof PlansListInput, PlanSummary[]>(PlansListInput),
  'plans:get': channel<typeof PlanGetInput, PlanDetail>(PlanGetInput),
  'plans:create': channel<typeof PlanCreateInput, PlanDetail>(PlanCreateInput),
  'plans:update': channel<typeof PlanUpdateInput, PlanDetail>(PlanUpdateInput),
  'plans:delete': channel<typeof PlanIdInput, undefined>(PlanIdInput),
  'plans:restore': channel<typeof PlanIdInput, PlanDetail>(PlanIdInput),
  'plans:addItem': channel<typeof PlanAddItemInput, PlanDetail>(PlanAddItemInput),
  'plans:addKeys': channel<typeof PlanAddKeysInput, PlanDetail>(PlanAddKeysInput),
  'plans:editItem': channel<typeof PlanEditItemInput, PlanDetail>(PlanEditItemInput),
  'plans:moveItem': channel<typeof PlanMoveItemInput, PlanDetail>(PlanMoveItemInput),
  'plans:removeItem': channel<typeof PlanItemKeyInput, PlanDetail>(PlanItemKeyInput),
  'plans:restoreItem': channel<typeof PlanRestoreItemInput, PlanDetail>(PlanRestoreItemInput),
  'plans:reset': channel<typeof PlanIdInput, Undoable<PlanDetail>>(PlanIdInput),
  'plans:export': channel<typeof PlanExportInput, ExportResult>(PlanExportInput),
  'progress:set': channel<typeof ProgressSetInput, Undoable<ProgressRecord>>(ProgressSetInput),
  'progress:undo': channel<typeof ProgressUndoInput, undefined>(ProgressUndoInput),
  'progress:readiness': channel<typeof NoInput, RoleReadiness[]>(NoInput),
  'progress:dashboard': channel<typeof DashboardInput, Dashboard>(DashboardInput),
  'skills:list': channel<typeof NoInput, SkillEntry[]>(NoInput),
  'fit:ranking': channel<typeof NoInput, RoleFit[]>(NoInput),
  'fit:role': channel<typeof FitRoleInput, RoleFitDetail>(FitRoleInput),
  'salaries:forRole': channel<typeof SalariesForRoleInput, RoleSalaries>(SalariesForRoleInput),
  'salaries:compare': channel<typeof CompareRolesInput, RoleSalaries[]>(CompareRolesInput),
  'salaries:source': channel<typeof NoInput, SalarySource>(NoInput),
  'data:export': channel<typeof NoInput, DataExportResult>(NoInput),
  'data:previewImport': channel<typeof NoInput, DataPreviewResult>(NoInput),
  'data:applyImport': channel<typeof DataApplyImportInput, DataImportResult>(DataApplyImportInput),
  'backups:list': channel<typeof NoInput, BackupView[]>(NoInput),
  'backups:restore': channel<typeof BackupIdInput, RestoreResult>(BackupIdInput),
  'backups:openFolder': channel<typeof NoInput, undefined>(NoInput),
  'articleImport:preview': channel<typeof ImportPreviewInput, ImportPreview>(ImportPreviewInput),
  'articleImport:openFile': channel<typeof NoInput, OpenedArticle>(NoInput),
  'articleImport:mergePreview': channel<typeof ImportMergePreviewInput, RoleMergePreview>(
    ImportMergePreviewInput,
  ),
  'articleImport:save': channel<typeof ImportSaveInput, ImportResult>(ImportSaveInput),
  'articleImport:undo': channel<typeof ImportUndoInput, undefined>(ImportUndoInput),
  'articleImport:articles': channel<typeof NoInput, ImportedArticle[]>(NoInput),
  'articleImport:roleUsage': channel<typeof ImportedRoleInput, RoleUsage>(ImportedRoleInput),
  'articleImport:renameRole': channel<typeof ImportedRoleRenameInput, UndoHandle>(
    ImportedRoleRenameInput,
  ),
  'articleImport:deleteRole': channel<typeof ImportedRoleInput, UndoHandle>(ImportedRoleInput),
  'articleImport:removeArticle': channel<typeof ImportedArticleInput, UndoHandle>(
    ImportedArticleInput,
  ),
  'sync:status': channel<typeof NoInput, SyncStatus>(NoInput),
  'sync:chooseFolder': channel<typeof NoInput, SyncStatus>(NoInput),
  'sync:now': channel<typeof NoInput, SyncStatus>(NoInput),
  'sync:setDeviceName': channel<typeof SyncDeviceNameInput, SyncStatus>(SyncDeviceNameInput),
  'sync:forgetDevice': channel<typeof SyncDeviceIdInput, SyncStatus>(SyncDeviceIdInput),
  'sync:unforgetDevice': channel<typeof SyncDeviceIdInput, SyncStatus>(SyncDeviceIdInput),
  'sync:dismissNotice': channel<typeof NoInput, SyncStatus>(NoInput),
  'sync:disable': channel<typeof NoInput, SyncStatus>(NoInput),
}

export type Contract = typeof contract
export type Channel = keyof Contract
export type InputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = Contract[C]['output']

/** Every channel name, read from the contract so it is never typed twice. */
export const channels = Object.keys(contract) as Channel[]
