/**
 * effect-openrouter/api: every operation of OpenRouter's official API spec (97), typed with
 * Effect Schema and tolerant like chat (unknown fields kept, open enums, `null` and absent kept
 * apart). One namespace per tag of the spec; send an operation with `OpenRouter.call` (inference
 * key) or `OpenRouterManagement.call` (management key).
 *
 * ```ts
 * import { Effect } from "effect"
 * import { OpenRouter } from "effect-openrouter"
 * import { Providers } from "effect-openrouter/api"
 *
 * const providers = Effect.flatMap(OpenRouter.OpenRouter, (client) => client.call(Providers.listProviders, {}))
 * ```
 *
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file from
 * spec/openrouter-openapi.yaml.
 *
 * @since 0.1.0
 */

import type * as Operation from "./Operation.js"
import * as Analytics from "./api/Analytics.js"
import * as Benchmarks from "./api/Benchmarks.js"
import * as Byok from "./api/Byok.js"
import * as Chat from "./api/Chat.js"
import * as Classifications from "./api/Classifications.js"
import * as Credits from "./api/Credits.js"
import * as Datasets from "./api/Datasets.js"
import * as Embeddings from "./api/Embeddings.js"
import * as Endpoints from "./api/Endpoints.js"
import * as Files from "./api/Files.js"
import * as Generations from "./api/Generations.js"
import * as Guardrails from "./api/Guardrails.js"
import * as Images from "./api/Images.js"
import * as Keys from "./api/Keys.js"
import * as Messages from "./api/Messages.js"
import * as Models from "./api/Models.js"
import * as OAuth from "./api/OAuth.js"
import * as Observability from "./api/Observability.js"
import * as Organization from "./api/Organization.js"
import * as Presets from "./api/Presets.js"
import * as Providers from "./api/Providers.js"
import * as Rerank from "./api/Rerank.js"
import * as Responses from "./api/Responses.js"
import * as Scim from "./api/Scim.js"
import * as Speech from "./api/Speech.js"
import * as Transcriptions from "./api/Transcriptions.js"
import * as Videos from "./api/Videos.js"
import * as Workspaces from "./api/Workspaces.js"

/** @since 0.1.0 */
export * as Common from "./api/common.js"

export {
  /** @since 0.1.0 */
  Analytics,
  /** @since 0.1.0 */
  Benchmarks,
  /** @since 0.1.0 */
  Byok,
  /** @since 0.1.0 */
  Chat,
  /** @since 0.1.0 */
  Classifications,
  /** @since 0.1.0 */
  Credits,
  /** @since 0.1.0 */
  Datasets,
  /** @since 0.1.0 */
  Embeddings,
  /** @since 0.1.0 */
  Endpoints,
  /** @since 0.1.0 */
  Files,
  /** @since 0.1.0 */
  Generations,
  /** @since 0.1.0 */
  Guardrails,
  /** @since 0.1.0 */
  Images,
  /** @since 0.1.0 */
  Keys,
  /** @since 0.1.0 */
  Messages,
  /** @since 0.1.0 */
  Models,
  /** @since 0.1.0 */
  OAuth,
  /** @since 0.1.0 */
  Observability,
  /** @since 0.1.0 */
  Organization,
  /** @since 0.1.0 */
  Presets,
  /** @since 0.1.0 */
  Providers,
  /** @since 0.1.0 */
  Rerank,
  /** @since 0.1.0 */
  Responses,
  /** @since 0.1.0 */
  Scim,
  /** @since 0.1.0 */
  Speech,
  /** @since 0.1.0 */
  Transcriptions,
  /** @since 0.1.0 */
  Videos,
  /** @since 0.1.0 */
  Workspaces
}

/**
 * Every operation of the spec (97), in the order of docs/api-coverage.md.
 *
 * @since 0.1.0
 * @category operations
 */
export const operations: ReadonlyArray<Operation.Operation<never, unknown>> = [
  Analytics.getUserActivity,
  Analytics.getAnalyticsMeta,
  Analytics.queryAnalytics,
  Benchmarks.getBenchmarks,
  Byok.listByokKeys,
  Byok.createByokKey,
  Byok.deleteByokKey,
  Byok.getByokKey,
  Byok.updateByokKey,
  Chat.createChatCompletion,
  Classifications.getTaskClassifications,
  Credits.getCredits,
  Credits.createCoinbaseCharge,
  Datasets.getAppRankings,
  Datasets.getRankingsDaily,
  Datasets.getSessionCost,
  Embeddings.createEmbeddings,
  Embeddings.listEmbeddingsModels,
  Endpoints.listZdrEndpoints,
  Endpoints.listEndpoints,
  Files.listFiles,
  Files.uploadFile,
  Files.deleteFile,
  Files.getFileMetadata,
  Files.downloadFileContent,
  Generations.getGeneration,
  Generations.getGenerationContent,
  Generations.submitGenerationFeedback,
  Guardrails.listGuardrails,
  Guardrails.createGuardrail,
  Guardrails.deleteGuardrail,
  Guardrails.getGuardrail,
  Guardrails.updateGuardrail,
  Guardrails.listGuardrailKeyAssignments,
  Guardrails.bulkAssignKeysToGuardrail,
  Guardrails.bulkUnassignKeysFromGuardrail,
  Guardrails.listGuardrailMemberAssignments,
  Guardrails.bulkAssignMembersToGuardrail,
  Guardrails.bulkUnassignMembersFromGuardrail,
  Guardrails.listKeyAssignments,
  Guardrails.listMemberAssignments,
  Images.createImage,
  Images.listImageModels,
  Images.listImageModelEndpoints,
  Keys.getCurrentKey,
  Keys.listKeys,
  Keys.createKey,
  Keys.deleteKey,
  Keys.getKey,
  Keys.updateKey,
  Messages.createMessage,
  Models.getModel,
  Models.listModels,
  Models.countModels,
  Models.listUserModels,
  OAuth.exchangeAuthCode,
  OAuth.createAuthCode,
  Observability.listObservabilityDestinations,
  Observability.createObservabilityDestination,
  Observability.deleteObservabilityDestination,
  Observability.getObservabilityDestination,
  Observability.updateObservabilityDestination,
  Organization.listOrganizationMembers,
  Presets.listPresets,
  Presets.getPreset,
  Presets.createPresetChatCompletion,
  Presets.createPresetMessage,
  Presets.createPresetResponse,
  Presets.listPresetVersions,
  Presets.getPresetVersion,
  Providers.listProviders,
  Rerank.createRerank,
  Responses.createResponse,
  Scim.listScimGroupMappings,
  Scim.createScimGroupMapping,
  Scim.deleteScimGroupMapping,
  Scim.getScimGroupMapping,
  Scim.updateScimGroupMapping,
  Scim.listScimGroups,
  Speech.createSpeech,
  Transcriptions.createTranscription,
  Videos.createVideo,
  Videos.getVideo,
  Videos.getVideoContent,
  Videos.listVideoModels,
  Workspaces.listWorkspaces,
  Workspaces.createWorkspace,
  Workspaces.deleteWorkspace,
  Workspaces.getWorkspace,
  Workspaces.updateWorkspace,
  Workspaces.listWorkspaceBudgets,
  Workspaces.deleteWorkspaceBudget,
  Workspaces.getWorkspaceBudget,
  Workspaces.upsertWorkspaceBudget,
  Workspaces.listWorkspaceMembers,
  Workspaces.bulkAddWorkspaceMembers,
  Workspaces.bulkRemoveWorkspaceMembers
]
