/**
 * Every operation of the spec with the answer the Simulator gives when no other route serves it:
 * the spec's own example (`example: "spec"`) or a sample built from the response schema.
 * Do not edit: `npm run generate` (scripts/generate.ts) writes this file.
 *
 * @internal
 */

/** One operation's route and answer. */
export interface SpecRoute {
  readonly id: string
  readonly method: string
  /** Path template below `/api/v1`. */
  readonly path: string
  readonly status: number
  readonly contentType: string
  readonly key: "inference" | "management"
  readonly example: "spec" | "sample"
  /** The JSON body (bytes answers: its text). */
  readonly body: string
}

export const specRoutes: ReadonlyArray<SpecRoute> = [
  {
    id: "getUserActivity",
    method: "GET",
    path: "/activity",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"byok_usage_inference\":0.012,\"completion_tokens\":125,\"date\":\"2025-08-24\",\"endpoint_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"model\":\"openai/gpt-4.1\",\"model_permaslug\":\"openai/gpt-4.1-2025-04-14\",\"prompt_tokens\":50,\"provider_name\":\"OpenAI\",\"reasoning_tokens\":25,\"requests\":5,\"usage\":0.015}]}"
  },
  {
    id: "getAnalyticsMeta",
    method: "GET",
    path: "/analytics/meta",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"dimensions\":[{\"display_label\":\"Model\",\"name\":\"model\"}],\"granularities\":[{\"display_label\":\"Day\",\"name\":\"day\"}],\"metrics\":[{\"display_format\":\"number\",\"display_label\":\"Request Count\",\"is_rate\":false,\"name\":\"request_count\"}],\"operators\":[{\"name\":\"eq\",\"value_type\":\"scalar\"}]}}"
  },
  {
    id: "queryAnalytics",
    method: "POST",
    path: "/analytics/query",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"data\":[{\"date__day\":\"2025-01-01T00:00:00.000Z\",\"request_count\":1500}],\"metadata\":{\"query_time_ms\":42,\"row_count\":1,\"truncated\":false}}}"
  },
  {
    id: "getBenchmarks",
    method: "GET",
    path: "/benchmarks",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"agentic_index\":58.3,\"coding_index\":65.8,\"display_name\":\"GPT-4o\",\"intelligence_index\":71.2,\"model_permaslug\":\"openai/gpt-4o\",\"pricing\":{\"completion\":\"0.00001\",\"prompt\":\"0.0000025\"},\"source\":\"artificial-analysis\"},{\"accuracy\":0.72,\"accuracy_stddev\":0.03,\"avg_cost_per_task\":0.002,\"benchmark_type\":\"gpqa_diamond\",\"display_name\":\"GPT-4o\",\"last_run_timestamp\":\"2026-06-03T12:00:00Z\",\"model_permaslug\":\"openai/gpt-4o\",\"source\":\"openrouter\",\"total_tasks\":300}],\"meta\":{\"as_of\":\"2026-06-03T12:00:00Z\",\"citation\":null,\"model_count\":1,\"source\":null,\"source_url\":null,\"task_type\":null,\"version\":\"v1\"}}"
  },
  {
    id: "listBYOKKeys",
    method: "GET",
    path: "/byok",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"allowed_api_key_hashes\":null,\"allowed_models\":null,\"allowed_user_ids\":null,\"created_at\":\"2025-08-24T10:30:00Z\",\"disabled\":false,\"id\":\"11111111-2222-3333-4444-555555555555\",\"is_fallback\":false,\"label\":\"sk-...AbCd\",\"name\":\"Production OpenAI Key\",\"provider\":\"openai\",\"sort_order\":0,\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}],\"total_count\":1}"
  },
  {
    id: "createBYOKKey",
    method: "POST",
    path: "/byok",
    status: 201,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"allowed_api_key_hashes\":null,\"allowed_models\":null,\"allowed_user_ids\":null,\"created_at\":\"2025-08-24T10:30:00Z\",\"disabled\":false,\"id\":\"11111111-2222-3333-4444-555555555555\",\"is_fallback\":false,\"label\":\"sk-...AbCd\",\"name\":\"Production OpenAI Key\",\"provider\":\"openai\",\"sort_order\":0,\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "deleteBYOKKey",
    method: "DELETE",
    path: "/byok/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"deleted\":true}"
  },
  {
    id: "getBYOKKey",
    method: "GET",
    path: "/byok/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"allowed_api_key_hashes\":null,\"allowed_models\":null,\"allowed_user_ids\":null,\"created_at\":\"2025-08-24T10:30:00Z\",\"disabled\":false,\"id\":\"11111111-2222-3333-4444-555555555555\",\"is_fallback\":false,\"label\":\"sk-...AbCd\",\"name\":\"Production OpenAI Key\",\"provider\":\"openai\",\"sort_order\":0,\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "updateBYOKKey",
    method: "PATCH",
    path: "/byok/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"allowed_api_key_hashes\":null,\"allowed_models\":null,\"allowed_user_ids\":null,\"created_at\":\"2025-08-24T10:30:00Z\",\"disabled\":false,\"id\":\"11111111-2222-3333-4444-555555555555\",\"is_fallback\":false,\"label\":\"sk-...AbCd\",\"name\":\"Updated OpenAI Key\",\"provider\":\"openai\",\"sort_order\":0,\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "sendChatCompletionRequest",
    method: "POST",
    path: "/chat/completions",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"choices\":[{\"finish_reason\":\"stop\",\"index\":0,\"message\":{\"content\":\"The capital of France is Paris.\",\"role\":\"assistant\"}}],\"created\":1677652288,\"id\":\"chatcmpl-123\",\"model\":\"openai/gpt-4\",\"object\":\"chat.completion\",\"system_fingerprint\":\"fp_44709d6fcb\",\"usage\":{\"completion_tokens\":10,\"prompt_tokens\":25,\"total_tokens\":35}}"
  },
  {
    id: "getTaskClassifications",
    method: "GET",
    path: "/classifications/task",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"as_of\":\"2026-06-17\",\"classifications\":[{\"category_token_share\":0.48,\"category_usage_share\":0.51,\"display_name\":\"Code Generation\",\"macro_category\":\"code\",\"models\":[{\"id\":\"openai/gpt-4.1-mini\",\"tag_token_share\":0.75,\"tag_usage_share\":0.55}],\"tag\":\"code:general_impl\",\"token_share\":0.31,\"usage_share\":0.23}],\"macro_categories\":[{\"key\":\"code\",\"label\":\"Code\",\"token_share\":0.52,\"usage_share\":0.45}],\"window_days\":7}}"
  },
  {
    id: "getCredits",
    method: "GET",
    path: "/credits",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"total_credits\":100.5,\"total_usage\":25.75}}"
  },
  {
    id: "createCoinbaseCharge",
    method: "POST",
    path: "/credits/coinbase",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "sample",
    body: "{}"
  },
  {
    id: "getAppRankings",
    method: "GET",
    path: "/datasets/app-rankings",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"app_id\":12345,\"app_name\":\"Cline\",\"rank\":1,\"total_requests\":4321,\"total_tokens\":\"12345678\"},{\"app_id\":67890,\"app_name\":\"Roo Code\",\"rank\":2,\"total_requests\":2109,\"total_tokens\":\"9876543\"}],\"meta\":{\"as_of\":\"2026-05-12T02:00:00Z\",\"end_date\":\"2026-05-11\",\"start_date\":\"2026-04-12\",\"version\":\"v1\"}}"
  },
  {
    id: "getRankingsDaily",
    method: "GET",
    path: "/datasets/rankings-daily",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"date\":\"2026-05-11\",\"model_permaslug\":\"openai/gpt-4o-2024-05-13\",\"total_tokens\":\"12345678\"},{\"date\":\"2026-05-11\",\"model_permaslug\":\"anthropic/claude-3.5-sonnet-20241022\",\"total_tokens\":\"9876543\"},{\"date\":\"2026-05-11\",\"model_permaslug\":\"other\",\"total_tokens\":\"4321098\"}],\"meta\":{\"as_of\":\"2026-05-12T02:00:00Z\",\"end_date\":\"2026-05-11\",\"start_date\":\"2026-04-12\",\"version\":\"v1\"}}"
  },
  {
    id: "getSessionCost",
    method: "GET",
    path: "/datasets/session-cost",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"app_name\":\"Hermes Agent\",\"app_slug\":\"hermes-agent\",\"median_session_cost_usd\":1.74,\"model_permaslug\":\"anthropic/claude-4.8-opus\",\"turn_range\":\"10-49-turns\"}],\"meta\":{\"as_of\":\"2026-05-12T02:00:00.000Z\",\"version\":\"v1\",\"window_days\":30,\"window_end_date\":\"2026-05-11\"}}"
  },
  {
    id: "createEmbeddings",
    method: "POST",
    path: "/embeddings",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"embedding\":[0.0023064255,-0.009327292,0.015797347],\"index\":0,\"object\":\"embedding\"}],\"model\":\"openai/text-embedding-3-small\",\"object\":\"list\",\"usage\":{\"prompt_tokens\":8,\"total_tokens\":8}}"
  },
  {
    id: "listEmbeddingsModels",
    method: "GET",
    path: "/embeddings/models",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"architecture\":{\"input_modalities\":[\"text\"],\"instruct_type\":null,\"modality\":\"text->text\",\"output_modalities\":[\"embeddings\"],\"tokenizer\":\"GPT\"},\"canonical_slug\":\"openai/text-embedding-3-small\",\"context_length\":8192,\"created\":1692901234,\"default_parameters\":null,\"description\":\"OpenAI text embedding model optimized for performance.\",\"expiration_date\":null,\"id\":\"openai/text-embedding-3-small\",\"knowledge_cutoff\":null,\"links\":{\"details\":\"/api/v1/models/openai/text-embedding-3-small/endpoints\"},\"name\":\"Text Embedding 3 Small\",\"per_request_limits\":null,\"pricing\":{\"completion\":\"0\",\"image\":\"0\",\"prompt\":\"0.00000002\",\"request\":\"0\"},\"supported_parameters\":[],\"supported_voices\":null,\"top_provider\":{\"context_length\":8192,\"is_moderated\":false,\"max_completion_tokens\":null}}]}"
  },
  {
    id: "listEndpointsZdr",
    method: "GET",
    path: "/endpoints/zdr",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"context_length\":8192,\"latency_last_30m\":{\"p50\":0.25,\"p75\":0.35,\"p90\":0.48,\"p99\":0.85},\"max_completion_tokens\":4096,\"max_prompt_tokens\":8192,\"model_id\":\"openai/gpt-4\",\"model_name\":\"GPT-4\",\"name\":\"OpenAI: GPT-4\",\"pricing\":{\"completion\":\"0.00006\",\"image\":\"0\",\"prompt\":\"0.00003\",\"request\":\"0\"},\"provider_name\":\"OpenAI\",\"quantization\":\"fp16\",\"status\":0,\"supported_parameters\":[\"temperature\",\"top_p\",\"max_tokens\"],\"supports_implicit_caching\":true,\"supports_voice_cloning\":false,\"tag\":\"openai\",\"throughput_last_30m\":{\"p50\":45.2,\"p75\":38.5,\"p90\":28.3,\"p99\":15.1},\"uptime_last_1d\":99.8,\"uptime_last_30m\":99.5,\"uptime_last_5m\":100}]}"
  },
  {
    id: "listEndpoints",
    method: "GET",
    path: "/models/{author}/{slug}/endpoints",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"architecture\":{\"input_modalities\":[\"text\"],\"instruct_type\":\"chatml\",\"modality\":\"text->text\",\"output_modalities\":[\"text\"],\"tokenizer\":\"GPT\"},\"created\":1692901234,\"description\":\"GPT-4 is a large multimodal model.\",\"endpoints\":[],\"id\":\"openai/gpt-4\",\"name\":\"GPT-4\"}}"
  },
  {
    id: "listFiles",
    method: "GET",
    path: "/files",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"cursor\":null,\"data\":[{\"created_at\":\"2025-01-01T00:00:00Z\",\"downloadable\":false,\"filename\":\"document.pdf\",\"id\":\"or_file_011CNha8iCJcU1wXNR6q4V8w\",\"mime_type\":\"application/pdf\",\"size_bytes\":1024000,\"type\":\"file\"}],\"first_id\":\"or_file_011CNha8iCJcU1wXNR6q4V8w\",\"has_more\":false,\"last_id\":\"or_file_011CNha8iCJcU1wXNR6q4V8w\"}"
  },
  {
    id: "uploadFile",
    method: "POST",
    path: "/files",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"created_at\":\"2025-01-01T00:00:00Z\",\"downloadable\":false,\"filename\":\"document.pdf\",\"id\":\"or_file_011CNha8iCJcU1wXNR6q4V8w\",\"mime_type\":\"application/pdf\",\"size_bytes\":1024000,\"type\":\"file\"}"
  },
  {
    id: "deleteFile",
    method: "DELETE",
    path: "/files/{file_id}",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"id\":\"or_file_011CNha8iCJcU1wXNR6q4V8w\",\"type\":\"file_deleted\"}"
  },
  {
    id: "getFileMetadata",
    method: "GET",
    path: "/files/{file_id}",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"created_at\":\"2025-01-01T00:00:00Z\",\"downloadable\":false,\"filename\":\"document.pdf\",\"id\":\"or_file_011CNha8iCJcU1wXNR6q4V8w\",\"mime_type\":\"application/pdf\",\"size_bytes\":1024000,\"type\":\"file\"}"
  },
  {
    id: "downloadFileContent",
    method: "GET",
    path: "/files/{file_id}/content",
    status: 200,
    contentType: "application/octet-stream",
    key: "inference",
    example: "spec",
    body: "binary file contents"
  },
  {
    id: "getGeneration",
    method: "GET",
    path: "/generation",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"api_type\":\"completions\",\"app_id\":12345,\"cache_discount\":null,\"cancelled\":false,\"created_at\":\"2024-07-15T23:33:19.433273+00:00\",\"data_region\":\"global\",\"external_user\":\"user-123\",\"finish_reason\":\"stop\",\"generation_time\":1200,\"http_referer\":\"https://openrouter.ai/\",\"id\":\"gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG\",\"is_byok\":false,\"latency\":1250,\"model\":\"sao10k/l3-stheno-8b\",\"moderation_latency\":50,\"native_finish_reason\":\"stop\",\"native_tokens_cached\":3,\"native_tokens_completion\":25,\"native_tokens_completion_images\":0,\"native_tokens_prompt\":10,\"native_tokens_reasoning\":5,\"num_fetches\":0,\"num_input_audio_prompt\":0,\"num_media_completion\":0,\"num_media_prompt\":1,\"num_search_results\":5,\"origin\":\"https://openrouter.ai/\",\"preset_id\":\"a9e8d400-592a-494f-908c-375efa66cafd\",\"provider_name\":\"Infermatic\",\"provider_responses\":null,\"request_id\":\"req-1727282430-aBcDeFgHiJkLmNoPqRsT\",\"router\":\"openrouter/auto\",\"service_tier\":\"priority\",\"session_id\":null,\"streamed\":true,\"tokens_completion\":25,\"tokens_prompt\":10,\"total_cost\":0.0015,\"upstream_id\":\"chatcmpl-791bcf62-080e-4568-87d0-94c72e3b4946\",\"upstream_inference_cost\":0.0012,\"usage\":0.0015,\"user_agent\":\"Mozilla/5.0\",\"web_search_engine\":\"exa\"}}"
  },
  {
    id: "listGenerationContent",
    method: "GET",
    path: "/generation/content",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"error\":null,\"input\":{\"messages\":[{\"content\":\"What is the meaning of life?\",\"role\":\"user\"}]},\"output\":{\"completion\":\"The meaning of life is a philosophical question...\",\"reasoning\":null}}}"
  },
  {
    id: "submitGenerationFeedback",
    method: "POST",
    path: "/generation/feedback",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"success\":true}}"
  },
  {
    id: "listGuardrails",
    method: "GET",
    path: "/guardrails",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"allowed_models\":null,\"allowed_providers\":[\"openai\",\"anthropic\",\"google\"],\"created_at\":\"2025-08-24T10:30:00Z\",\"description\":\"Guardrail for production environment\",\"enforce_zdr\":false,\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"ignored_models\":null,\"ignored_providers\":null,\"include_byok_in_budgets\":false,\"limit_usd\":100,\"name\":\"Production Guardrail\",\"reset_interval\":\"monthly\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"0df9e665-d932-5740-b2c7-b52af166bc11\"}],\"total_count\":1}"
  },
  {
    id: "createGuardrail",
    method: "POST",
    path: "/guardrails",
    status: 201,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"allowed_models\":null,\"allowed_providers\":[\"openai\",\"anthropic\",\"google\"],\"created_at\":\"2025-08-24T10:30:00Z\",\"description\":\"A guardrail for limiting API usage\",\"enforce_zdr\":null,\"enforce_zdr_anthropic\":true,\"enforce_zdr_google\":false,\"enforce_zdr_openai\":true,\"enforce_zdr_other\":false,\"enforce_zdr_xai\":false,\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"ignored_models\":null,\"ignored_providers\":null,\"include_byok_in_budgets\":false,\"limit_usd\":50,\"name\":\"My New Guardrail\",\"reset_interval\":\"monthly\",\"updated_at\":null,\"workspace_id\":\"0df9e665-d932-5740-b2c7-b52af166bc11\"}}"
  },
  {
    id: "deleteGuardrail",
    method: "DELETE",
    path: "/guardrails/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"deleted\":true}"
  },
  {
    id: "getGuardrail",
    method: "GET",
    path: "/guardrails/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"allowed_models\":null,\"allowed_providers\":[\"openai\",\"anthropic\",\"google\"],\"created_at\":\"2025-08-24T10:30:00Z\",\"description\":\"Guardrail for production environment\",\"enforce_zdr\":false,\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"ignored_models\":null,\"ignored_providers\":null,\"include_byok_in_budgets\":false,\"limit_usd\":100,\"name\":\"Production Guardrail\",\"reset_interval\":\"monthly\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"0df9e665-d932-5740-b2c7-b52af166bc11\"}}"
  },
  {
    id: "updateGuardrail",
    method: "PATCH",
    path: "/guardrails/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"allowed_models\":null,\"allowed_providers\":[\"openai\"],\"created_at\":\"2025-08-24T10:30:00Z\",\"description\":\"Updated description\",\"enforce_zdr\":null,\"enforce_zdr_anthropic\":true,\"enforce_zdr_google\":true,\"enforce_zdr_openai\":true,\"enforce_zdr_other\":true,\"enforce_zdr_xai\":true,\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"ignored_models\":null,\"ignored_providers\":null,\"include_byok_in_budgets\":true,\"limit_usd\":75,\"name\":\"Updated Guardrail Name\",\"reset_interval\":\"weekly\",\"updated_at\":\"2025-08-24T16:00:00Z\",\"workspace_id\":\"0df9e665-d932-5740-b2c7-b52af166bc11\"}}"
  },
  {
    id: "listGuardrailKeyAssignments",
    method: "GET",
    path: "/guardrails/{id}/assignments/keys",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"assigned_by\":\"user_abc123\",\"created_at\":\"2025-08-24T10:30:00Z\",\"guardrail_id\":\"550e8400-e29b-41d4-a716-446655440001\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"key_hash\":\"c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93\",\"key_label\":\"prod-key\",\"key_name\":\"Production Key\"}],\"total_count\":1}"
  },
  {
    id: "bulkAssignKeysToGuardrail",
    method: "POST",
    path: "/guardrails/{id}/assignments/keys",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"assigned_count\":3}"
  },
  {
    id: "bulkUnassignKeysFromGuardrail",
    method: "POST",
    path: "/guardrails/{id}/assignments/keys/remove",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"unassigned_count\":3}"
  },
  {
    id: "listGuardrailMemberAssignments",
    method: "GET",
    path: "/guardrails/{id}/assignments/members",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"assigned_by\":\"user_abc123\",\"created_at\":\"2025-08-24T10:30:00Z\",\"guardrail_id\":\"550e8400-e29b-41d4-a716-446655440001\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"organization_id\":\"org_xyz789\",\"user_id\":\"user_abc123\"}],\"total_count\":1}"
  },
  {
    id: "bulkAssignMembersToGuardrail",
    method: "POST",
    path: "/guardrails/{id}/assignments/members",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"assigned_count\":2}"
  },
  {
    id: "bulkUnassignMembersFromGuardrail",
    method: "POST",
    path: "/guardrails/{id}/assignments/members/remove",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"unassigned_count\":2}"
  },
  {
    id: "listKeyAssignments",
    method: "GET",
    path: "/guardrails/assignments/keys",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"assigned_by\":\"user_abc123\",\"created_at\":\"2025-08-24T10:30:00Z\",\"guardrail_id\":\"550e8400-e29b-41d4-a716-446655440001\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"key_hash\":\"c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93\",\"key_label\":\"prod-key\",\"key_name\":\"Production Key\"}],\"total_count\":1}"
  },
  {
    id: "listMemberAssignments",
    method: "GET",
    path: "/guardrails/assignments/members",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"assigned_by\":\"user_abc123\",\"created_at\":\"2025-08-24T10:30:00Z\",\"guardrail_id\":\"550e8400-e29b-41d4-a716-446655440001\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"organization_id\":\"org_xyz789\",\"user_id\":\"user_abc123\"}],\"total_count\":1}"
  },
  {
    id: "createImages",
    method: "POST",
    path: "/images",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"created\":1748372400,\"data\":[{\"b64_json\":\"<base64-encoded-image>\"}],\"usage\":{\"completion_tokens\":4175,\"cost\":0.04,\"prompt_tokens\":0,\"total_tokens\":4175}}"
  },
  {
    id: "listImageModels",
    method: "GET",
    path: "/images/models",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"architecture\":{\"input_modalities\":[\"text\"],\"output_modalities\":[\"image\"]},\"created\":1692901234,\"description\":\"A text-to-image model.\",\"endpoints\":\"/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints\",\"id\":\"bytedance-seed/seedream-4.5\",\"name\":\"Seedream 4.5\",\"supported_parameters\":{\"resolution\":{\"type\":\"enum\",\"values\":[\"1K\",\"2K\",\"4K\"]}},\"supports_streaming\":false}]}"
  },
  {
    id: "listImageModelEndpoints",
    method: "GET",
    path: "/images/models/{author}/{slug}/endpoints",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"endpoints\":[{\"allowed_passthrough_parameters\":[],\"pricing\":[{\"billable\":\"output_image\",\"cost_usd\":0.05,\"unit\":\"image\"}],\"provider_name\":\"Bytedance\",\"provider_slug\":\"bytedance\",\"provider_tag\":\"bytedance\",\"supported_parameters\":{\"resolution\":{\"type\":\"enum\",\"values\":[\"1K\",\"2K\",\"4K\"]}},\"supports_streaming\":false}],\"id\":\"bytedance-seed/seedream-4.5\"}"
  },
  {
    id: "getCurrentKey",
    method: "GET",
    path: "/key",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"byok_usage\":17.38,\"byok_usage_daily\":17.38,\"byok_usage_monthly\":17.38,\"byok_usage_weekly\":17.38,\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"expires_at\":\"2027-12-31T23:59:59Z\",\"include_byok_in_limit\":false,\"is_free_tier\":false,\"is_management_key\":false,\"is_provisioning_key\":false,\"label\":\"sk-or-v1-au7...890\",\"limit\":100,\"limit_remaining\":74.5,\"limit_reset\":\"monthly\",\"rate_limit\":{\"interval\":\"1h\",\"note\":\"This field is deprecated and safe to ignore.\",\"requests\":1000},\"usage\":25.5,\"usage_daily\":25.5,\"usage_monthly\":25.5,\"usage_weekly\":25.5}}"
  },
  {
    id: "list",
    method: "GET",
    path: "/keys",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"byok_usage\":17.38,\"byok_usage_daily\":17.38,\"byok_usage_monthly\":17.38,\"byok_usage_weekly\":17.38,\"created_at\":\"2025-08-24T10:30:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"disabled\":false,\"expires_at\":\"2027-12-31T23:59:59Z\",\"hash\":\"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943\",\"include_byok_in_limit\":false,\"label\":\"Production API Key\",\"limit\":100,\"limit_remaining\":74.5,\"limit_reset\":\"monthly\",\"name\":\"My Production Key\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"usage\":25.5,\"usage_daily\":25.5,\"usage_monthly\":25.5,\"usage_weekly\":25.5,\"workspace_id\":\"0df9e665-d932-5740-b2c7-b52af166bc11\"}]}"
  },
  {
    id: "createKeys",
    method: "POST",
    path: "/keys",
    status: 201,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"byok_usage\":0,\"byok_usage_daily\":0,\"byok_usage_monthly\":0,\"byok_usage_weekly\":0,\"created_at\":\"2025-08-24T10:30:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"disabled\":false,\"expires_at\":\"2027-12-31T23:59:59Z\",\"hash\":\"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943\",\"include_byok_in_limit\":true,\"label\":\"My New API Key\",\"limit\":50,\"limit_remaining\":50,\"limit_reset\":\"monthly\",\"name\":\"My New API Key\",\"updated_at\":null,\"usage\":0,\"usage_daily\":0,\"usage_monthly\":0,\"usage_weekly\":0,\"workspace_id\":\"0df9e665-d932-5740-b2c7-b52af166bc11\"},\"key\":\"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\"}"
  },
  {
    id: "deleteKeys",
    method: "DELETE",
    path: "/keys/{hash}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"deleted\":true}"
  },
  {
    id: "getKey",
    method: "GET",
    path: "/keys/{hash}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"byok_usage\":17.38,\"byok_usage_daily\":17.38,\"byok_usage_monthly\":17.38,\"byok_usage_weekly\":17.38,\"created_at\":\"2025-08-24T10:30:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"disabled\":false,\"expires_at\":\"2027-12-31T23:59:59Z\",\"hash\":\"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943\",\"include_byok_in_limit\":false,\"label\":\"Production API Key\",\"limit\":100,\"limit_remaining\":74.5,\"limit_reset\":\"monthly\",\"name\":\"My Production Key\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"usage\":25.5,\"usage_daily\":25.5,\"usage_monthly\":25.5,\"usage_weekly\":25.5,\"workspace_id\":\"0df9e665-d932-5740-b2c7-b52af166bc11\"}}"
  },
  {
    id: "updateKeys",
    method: "PATCH",
    path: "/keys/{hash}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"byok_usage\":17.38,\"byok_usage_daily\":17.38,\"byok_usage_monthly\":17.38,\"byok_usage_weekly\":17.38,\"created_at\":\"2025-08-24T10:30:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"disabled\":false,\"expires_at\":null,\"hash\":\"f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943\",\"include_byok_in_limit\":true,\"label\":\"Updated API Key Name\",\"limit\":75,\"limit_remaining\":49.5,\"limit_reset\":\"daily\",\"name\":\"Updated API Key Name\",\"updated_at\":\"2025-08-24T16:00:00Z\",\"usage\":25.5,\"usage_daily\":25.5,\"usage_monthly\":25.5,\"usage_weekly\":25.5,\"workspace_id\":\"0df9e665-d932-5740-b2c7-b52af166bc11\"}}"
  },
  {
    id: "createMessages",
    method: "POST",
    path: "/messages",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"container\":null,\"content\":[{\"citations\":[],\"text\":\"I'm doing well, thank you for asking! How can I help you today?\",\"type\":\"text\"}],\"id\":\"msg_abc123\",\"model\":\"anthropic/claude-sonnet-4\",\"role\":\"assistant\",\"stop_details\":null,\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"type\":\"message\",\"usage\":{\"cache_creation\":null,\"cache_creation_input_tokens\":null,\"cache_read_input_tokens\":null,\"inference_geo\":null,\"input_tokens\":12,\"output_tokens\":18,\"output_tokens_details\":null,\"server_tool_use\":null,\"service_tier\":\"standard\"}}"
  },
  {
    id: "getModel",
    method: "GET",
    path: "/model/{author}/{slug}",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"architecture\":{\"input_modalities\":[\"text\"],\"instruct_type\":\"chatml\",\"modality\":\"text->text\",\"output_modalities\":[\"text\"],\"tokenizer\":\"GPT\"},\"canonical_slug\":\"openai/gpt-4\",\"context_length\":8192,\"created\":1692901234,\"default_parameters\":null,\"description\":\"GPT-4 is a large multimodal model that can solve difficult problems with greater accuracy.\",\"expiration_date\":null,\"id\":\"openai/gpt-4\",\"knowledge_cutoff\":null,\"links\":{\"details\":\"/api/v1/models/openai/gpt-4/endpoints\"},\"name\":\"GPT-4\",\"per_request_limits\":null,\"pricing\":{\"completion\":\"0.00006\",\"image\":\"0\",\"prompt\":\"0.00003\",\"request\":\"0\"},\"supported_parameters\":[\"temperature\",\"top_p\",\"max_tokens\"],\"supported_voices\":null,\"top_provider\":{\"context_length\":8192,\"is_moderated\":true,\"max_completion_tokens\":4096}}}"
  },
  {
    id: "getModels",
    method: "GET",
    path: "/models",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"architecture\":{\"input_modalities\":[\"text\"],\"instruct_type\":\"chatml\",\"modality\":\"text->text\",\"output_modalities\":[\"text\"],\"tokenizer\":\"GPT\"},\"canonical_slug\":\"openai/gpt-4\",\"context_length\":8192,\"created\":1692901234,\"default_parameters\":null,\"description\":\"GPT-4 is a large multimodal model that can solve difficult problems with greater accuracy.\",\"expiration_date\":null,\"id\":\"openai/gpt-4\",\"knowledge_cutoff\":null,\"links\":{\"details\":\"/api/v1/models/openai/gpt-4/endpoints\"},\"name\":\"GPT-4\",\"per_request_limits\":null,\"pricing\":{\"completion\":\"0.00006\",\"image\":\"0\",\"prompt\":\"0.00003\",\"request\":\"0\"},\"supported_parameters\":[\"temperature\",\"top_p\",\"max_tokens\"],\"supported_voices\":null,\"top_provider\":{\"context_length\":8192,\"is_moderated\":true,\"max_completion_tokens\":4096}}]}"
  },
  {
    id: "listModelsCount",
    method: "GET",
    path: "/models/count",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"count\":150}}"
  },
  {
    id: "listModelsUser",
    method: "GET",
    path: "/models/user",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"architecture\":{\"input_modalities\":[\"text\"],\"instruct_type\":\"chatml\",\"modality\":\"text->text\",\"output_modalities\":[\"text\"],\"tokenizer\":\"GPT\"},\"canonical_slug\":\"openai/gpt-4\",\"context_length\":8192,\"created\":1692901234,\"default_parameters\":null,\"description\":\"GPT-4 is a large multimodal model that can solve difficult problems with greater accuracy.\",\"expiration_date\":null,\"id\":\"openai/gpt-4\",\"knowledge_cutoff\":null,\"links\":{\"details\":\"/api/v1/models/openai/gpt-4/endpoints\"},\"name\":\"GPT-4\",\"per_request_limits\":null,\"pricing\":{\"completion\":\"0.00006\",\"image\":\"0\",\"prompt\":\"0.00003\",\"request\":\"0\"},\"supported_parameters\":[\"temperature\",\"top_p\",\"max_tokens\"],\"supported_voices\":null,\"top_provider\":{\"context_length\":8192,\"is_moderated\":true,\"max_completion_tokens\":4096}}]}"
  },
  {
    id: "exchangeAuthCodeForAPIKey",
    method: "POST",
    path: "/auth/keys",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"key\":\"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\",\"user_id\":\"user_2yOPcMpKoQhcd4bVgSMlELRaIah\"}"
  },
  {
    id: "createAuthKeysCode",
    method: "POST",
    path: "/auth/keys/code",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"app_id\":12345,\"created_at\":\"2025-08-24T10:30:00Z\",\"id\":\"auth_code_xyz789\"}}"
  },
  {
    id: "listObservabilityDestinations",
    method: "GET",
    path: "/observability/destinations",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"api_key_hashes\":null,\"broadcast_generation_cost\":false,\"broadcast_generation_identity\":false,\"broadcast_generation_request_context\":false,\"config\":{\"baseUrl\":\"https://us.cloud.langfuse.com\",\"publicKey\":\"pk-l...EfGh\",\"secretKey\":\"sk-l...AbCd\"},\"created_at\":\"2025-08-24T10:30:00Z\",\"enabled\":true,\"filter_rules\":null,\"id\":\"99999999-aaaa-bbbb-cccc-dddddddddddd\",\"name\":\"Production Langfuse\",\"privacy_mode\":false,\"sampling_rate\":1,\"type\":\"langfuse\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}],\"total_count\":1}"
  },
  {
    id: "createObservabilityDestination",
    method: "POST",
    path: "/observability/destinations",
    status: 201,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"api_key_hashes\":null,\"broadcast_generation_cost\":false,\"broadcast_generation_identity\":false,\"broadcast_generation_request_context\":false,\"config\":{\"baseUrl\":\"https://us.cloud.langfuse.com\",\"publicKey\":\"pk-l...EfGh\",\"secretKey\":\"sk-l...AbCd\"},\"created_at\":\"2025-08-24T10:30:00Z\",\"enabled\":true,\"filter_rules\":null,\"id\":\"99999999-aaaa-bbbb-cccc-dddddddddddd\",\"name\":\"Production Langfuse\",\"privacy_mode\":false,\"sampling_rate\":1,\"type\":\"langfuse\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "deleteObservabilityDestination",
    method: "DELETE",
    path: "/observability/destinations/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"deleted\":true}"
  },
  {
    id: "getObservabilityDestination",
    method: "GET",
    path: "/observability/destinations/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"api_key_hashes\":null,\"broadcast_generation_cost\":false,\"broadcast_generation_identity\":false,\"broadcast_generation_request_context\":false,\"config\":{\"baseUrl\":\"https://us.cloud.langfuse.com\",\"publicKey\":\"pk-l...EfGh\",\"secretKey\":\"sk-l...AbCd\"},\"created_at\":\"2025-08-24T10:30:00Z\",\"enabled\":true,\"filter_rules\":null,\"id\":\"99999999-aaaa-bbbb-cccc-dddddddddddd\",\"name\":\"Production Langfuse\",\"privacy_mode\":false,\"sampling_rate\":1,\"type\":\"langfuse\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "updateObservabilityDestination",
    method: "PATCH",
    path: "/observability/destinations/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"api_key_hashes\":null,\"broadcast_generation_cost\":false,\"broadcast_generation_identity\":false,\"broadcast_generation_request_context\":false,\"config\":{\"baseUrl\":\"https://us.cloud.langfuse.com\",\"publicKey\":\"pk-l...EfGh\",\"secretKey\":\"sk-l...AbCd\"},\"created_at\":\"2025-08-24T10:30:00Z\",\"enabled\":true,\"filter_rules\":null,\"id\":\"99999999-aaaa-bbbb-cccc-dddddddddddd\",\"name\":\"Production Langfuse\",\"privacy_mode\":false,\"sampling_rate\":1,\"type\":\"langfuse\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "listOrganizationMembers",
    method: "GET",
    path: "/organization/members",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"email\":\"jane.doe@example.com\",\"first_name\":\"Jane\",\"id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"last_name\":\"Doe\",\"role\":\"org:member\"}],\"total_count\":25}"
  },
  {
    id: "listPresets",
    method: "GET",
    path: "/presets",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"description\":null,\"designated_version_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"id\":\"650e8400-e29b-41d4-a716-446655440001\",\"name\":\"my-preset\",\"slug\":\"my-preset\",\"status\":\"active\",\"status_updated_at\":null,\"updated_at\":\"2026-04-20T10:00:00Z\",\"workspace_id\":\"750e8400-e29b-41d4-a716-446655440002\"}],\"total_count\":1}"
  },
  {
    id: "getPreset",
    method: "GET",
    path: "/presets/{slug}",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"description\":null,\"designated_version\":{\"config\":{\"model\":\"openai/gpt-4o\",\"temperature\":0.7},\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"preset_id\":\"650e8400-e29b-41d4-a716-446655440001\",\"system_prompt\":\"You are a helpful assistant.\",\"updated_at\":\"2026-04-20T10:00:00Z\",\"version\":1},\"designated_version_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"id\":\"650e8400-e29b-41d4-a716-446655440001\",\"name\":\"my-preset\",\"slug\":\"my-preset\",\"status\":\"active\",\"status_updated_at\":null,\"updated_at\":\"2026-04-20T10:00:00Z\",\"workspace_id\":\"750e8400-e29b-41d4-a716-446655440002\"}}"
  },
  {
    id: "createPresetsChatCompletions",
    method: "POST",
    path: "/presets/{slug}/chat/completions",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"description\":null,\"designated_version\":{\"config\":{\"model\":\"openai/gpt-5.4\",\"temperature\":0.7},\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"preset_id\":\"650e8400-e29b-41d4-a716-446655440001\",\"system_prompt\":\"You are a helpful assistant.\",\"updated_at\":\"2026-04-20T10:00:00Z\",\"version\":1},\"designated_version_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"id\":\"650e8400-e29b-41d4-a716-446655440001\",\"name\":\"my-preset\",\"slug\":\"my-preset\",\"status\":\"active\",\"status_updated_at\":null,\"updated_at\":\"2026-04-20T10:00:00Z\",\"workspace_id\":\"750e8400-e29b-41d4-a716-446655440002\"}}"
  },
  {
    id: "createPresetsMessages",
    method: "POST",
    path: "/presets/{slug}/messages",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"description\":null,\"designated_version\":{\"config\":{\"max_tokens\":1024,\"model\":\"anthropic/claude-4.6-sonnet\"},\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"preset_id\":\"650e8400-e29b-41d4-a716-446655440001\",\"system_prompt\":\"You are a helpful assistant.\",\"updated_at\":\"2026-04-20T10:00:00Z\",\"version\":1},\"designated_version_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"id\":\"650e8400-e29b-41d4-a716-446655440001\",\"name\":\"my-preset\",\"slug\":\"my-preset\",\"status\":\"active\",\"status_updated_at\":null,\"updated_at\":\"2026-04-20T10:00:00Z\",\"workspace_id\":\"750e8400-e29b-41d4-a716-446655440002\"}}"
  },
  {
    id: "createPresetsResponses",
    method: "POST",
    path: "/presets/{slug}/responses",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_user_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"description\":null,\"designated_version\":{\"config\":{\"model\":\"openai/gpt-5.4\"},\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"preset_id\":\"650e8400-e29b-41d4-a716-446655440001\",\"system_prompt\":\"You are a helpful assistant.\",\"updated_at\":\"2026-04-20T10:00:00Z\",\"version\":1},\"designated_version_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"id\":\"650e8400-e29b-41d4-a716-446655440001\",\"name\":\"my-preset\",\"slug\":\"my-preset\",\"status\":\"active\",\"status_updated_at\":null,\"updated_at\":\"2026-04-20T10:00:00Z\",\"workspace_id\":\"750e8400-e29b-41d4-a716-446655440002\"}}"
  },
  {
    id: "listPresetVersions",
    method: "GET",
    path: "/presets/{slug}/versions",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"config\":{\"model\":\"openai/gpt-4o\",\"temperature\":0.7},\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"preset_id\":\"650e8400-e29b-41d4-a716-446655440001\",\"system_prompt\":\"You are a helpful assistant.\",\"updated_at\":\"2026-04-20T10:00:00Z\",\"version\":1}],\"total_count\":1}"
  },
  {
    id: "getPresetVersion",
    method: "GET",
    path: "/presets/{slug}/versions/{version}",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":{\"config\":{\"model\":\"openai/gpt-4o\",\"temperature\":0.7},\"created_at\":\"2026-04-20T10:00:00Z\",\"creator_id\":\"user_2dHFtVWx2n56w6HkM0000000000\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"preset_id\":\"650e8400-e29b-41d4-a716-446655440001\",\"system_prompt\":\"You are a helpful assistant.\",\"updated_at\":\"2026-04-20T10:00:00Z\",\"version\":1}}"
  },
  {
    id: "listProviders",
    method: "GET",
    path: "/providers",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"datacenters\":[\"US\",\"IE\"],\"headquarters\":\"US\",\"name\":\"OpenAI\",\"privacy_policy_url\":\"https://openai.com/privacy\",\"slug\":\"openai\",\"status_page_url\":\"https://status.openai.com\",\"terms_of_service_url\":\"https://openai.com/terms\"}]}"
  },
  {
    id: "createRerank",
    method: "POST",
    path: "/rerank",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"id\":\"gen-rerank-1234567890-abc\",\"model\":\"cohere/rerank-v3.5\",\"results\":[{\"document\":{\"text\":\"Paris is the capital of France.\"},\"index\":0,\"relevance_score\":0.98}],\"usage\":{\"search_units\":1,\"total_tokens\":150}}"
  },
  {
    id: "createResponses",
    method: "POST",
    path: "/responses",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"completed_at\":1700000010,\"created_at\":1700000000,\"error\":null,\"frequency_penalty\":null,\"id\":\"resp_abc123\",\"incomplete_details\":null,\"instructions\":null,\"max_output_tokens\":null,\"metadata\":null,\"model\":\"openai/gpt-4o\",\"object\":\"response\",\"output\":[{\"content\":[{\"annotations\":[],\"text\":\"Why did the chicken cross the road? To get to the other side!\",\"type\":\"output_text\"}],\"id\":\"msg-abc123\",\"role\":\"assistant\",\"status\":\"completed\",\"type\":\"message\"}],\"parallel_tool_calls\":true,\"presence_penalty\":null,\"status\":\"completed\",\"temperature\":null,\"tool_choice\":\"auto\",\"tools\":[],\"top_p\":null,\"usage\":{\"input_tokens\":10,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":20,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":30}}"
  },
  {
    id: "listScimGroupMappings",
    method: "GET",
    path: "/scim/group-mappings",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "sample",
    body: "{\"data\":[{\"created_at\":\"2025-08-24T10:30:00.000Z\",\"id\":\"770e8400-e29b-41d4-a716-446655440000\",\"organization_id\":\"org_123456\",\"role\":\"member\",\"scim_group_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"updated_at\":\"2025-08-24T10:30:00.000Z\",\"workspace_id\":\"660e8400-e29b-41d4-a716-446655440000\"}],\"total_count\":1}"
  },
  {
    id: "createScimGroupMapping",
    method: "POST",
    path: "/scim/group-mappings",
    status: 201,
    contentType: "application/json",
    key: "management",
    example: "sample",
    body: "{\"data\":{\"created_at\":\"2025-08-24T10:30:00.000Z\",\"id\":\"770e8400-e29b-41d4-a716-446655440000\",\"organization_id\":\"org_123456\",\"role\":\"member\",\"scim_group_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"updated_at\":\"2025-08-24T10:30:00.000Z\",\"workspace_id\":\"660e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "deleteScimGroupMapping",
    method: "DELETE",
    path: "/scim/group-mappings/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "sample",
    body: "{\"deleted\":true}"
  },
  {
    id: "getScimGroupMapping",
    method: "GET",
    path: "/scim/group-mappings/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "sample",
    body: "{\"data\":{\"created_at\":\"2025-08-24T10:30:00.000Z\",\"id\":\"770e8400-e29b-41d4-a716-446655440000\",\"organization_id\":\"org_123456\",\"role\":\"member\",\"scim_group_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"updated_at\":\"2025-08-24T10:30:00.000Z\",\"workspace_id\":\"660e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "updateScimGroupMapping",
    method: "PATCH",
    path: "/scim/group-mappings/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "sample",
    body: "{\"data\":{\"created_at\":\"2025-08-24T10:30:00.000Z\",\"id\":\"770e8400-e29b-41d4-a716-446655440000\",\"organization_id\":\"org_123456\",\"role\":\"member\",\"scim_group_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"updated_at\":\"2025-08-24T10:30:00.000Z\",\"workspace_id\":\"660e8400-e29b-41d4-a716-446655440000\"}}"
  },
  {
    id: "listScimGroups",
    method: "GET",
    path: "/scim/groups",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "sample",
    body: "{\"data\":[{\"created_at\":\"2025-08-24T10:30:00.000Z\",\"display_name\":\"Engineering\",\"external_id\":\"group-external-id\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"organization_id\":\"org_123456\",\"updated_at\":\"2025-08-24T10:30:00.000Z\"}],\"total_count\":1}"
  },
  {
    id: "createAudioSpeech",
    method: "POST",
    path: "/audio/speech",
    status: 200,
    contentType: "audio/mpeg",
    key: "inference",
    example: "spec",
    body: "<binary audio data>"
  },
  {
    id: "createAudioTranscriptions",
    method: "POST",
    path: "/audio/transcriptions",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"text\":\"Hello, this is a test of OpenAI speech-to-text transcription.\",\"usage\":{\"cost\":0.000508,\"input_tokens\":83,\"output_tokens\":30,\"seconds\":9.2,\"total_tokens\":113}}"
  },
  {
    id: "createVideos",
    method: "POST",
    path: "/videos",
    status: 202,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"generation_id\":\"gen-xyz789\",\"id\":\"job-abc123\",\"polling_url\":\"/api/v1/videos/job-abc123\",\"status\":\"pending\"}"
  },
  {
    id: "getVideos",
    method: "GET",
    path: "/videos/{jobId}",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"generation_id\":\"gen-xyz789\",\"id\":\"job-abc123\",\"polling_url\":\"/api/v1/videos/job-abc123\",\"status\":\"completed\",\"unsigned_urls\":[\"https://storage.example.com/video.mp4\"],\"usage\":{\"cost\":0.5}}"
  },
  {
    id: "listVideosContent",
    method: "GET",
    path: "/videos/{jobId}/content",
    status: 200,
    contentType: "video/mp4",
    key: "inference",
    example: "spec",
    body: "<binary video data>"
  },
  {
    id: "listVideosModels",
    method: "GET",
    path: "/videos/models",
    status: 200,
    contentType: "application/json",
    key: "inference",
    example: "spec",
    body: "{\"data\":[{\"allowed_passthrough_parameters\":[],\"canonical_slug\":\"google/veo-3.1\",\"created\":1700000000,\"description\":\"Google video generation model\",\"generate_audio\":true,\"id\":\"google/veo-3.1\",\"name\":\"Veo 3.1\",\"pricing_skus\":{\"generate\":\"0.50\"},\"seed\":null,\"supported_aspect_ratios\":[\"16:9\"],\"supported_durations\":[5,8],\"supported_frame_images\":[\"first_frame\",\"last_frame\"],\"supported_resolutions\":[\"720p\"],\"supported_sizes\":null}]}"
  },
  {
    id: "listWorkspaces",
    method: "GET",
    path: "/workspaces",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"created_at\":\"2025-08-24T10:30:00Z\",\"created_by\":\"user_abc123\",\"default_guardrail_id\":\"595d5849-7e86-51fd-a7c0-705c34e4afff\",\"default_image_model\":\"openai/dall-e-3\",\"default_provider_sort\":\"price\",\"default_text_model\":\"openai/gpt-4o\",\"description\":\"Production environment workspace\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"include_byok_in_budgets\":false,\"io_logging_api_key_ids\":null,\"io_logging_sampling_rate\":1,\"is_data_discount_logging_enabled\":true,\"is_observability_broadcast_enabled\":false,\"is_observability_io_logging_enabled\":false,\"name\":\"Production\",\"slug\":\"production\",\"updated_at\":\"2025-08-24T15:45:00Z\"}],\"total_count\":1}"
  },
  {
    id: "createWorkspace",
    method: "POST",
    path: "/workspaces",
    status: 201,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2025-08-24T10:30:00Z\",\"created_by\":\"user_abc123\",\"default_guardrail_id\":\"595d5849-7e86-51fd-a7c0-705c34e4afff\",\"default_image_model\":\"openai/dall-e-3\",\"default_provider_sort\":\"price\",\"default_text_model\":\"openai/gpt-4o\",\"description\":\"Production environment workspace\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"include_byok_in_budgets\":false,\"io_logging_api_key_ids\":null,\"io_logging_sampling_rate\":1,\"is_data_discount_logging_enabled\":true,\"is_observability_broadcast_enabled\":false,\"is_observability_io_logging_enabled\":false,\"name\":\"Production\",\"slug\":\"production\",\"updated_at\":null}}"
  },
  {
    id: "deleteWorkspace",
    method: "DELETE",
    path: "/workspaces/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"deleted\":true}"
  },
  {
    id: "getWorkspace",
    method: "GET",
    path: "/workspaces/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2025-08-24T10:30:00Z\",\"created_by\":\"user_abc123\",\"default_guardrail_id\":\"595d5849-7e86-51fd-a7c0-705c34e4afff\",\"default_image_model\":\"openai/dall-e-3\",\"default_provider_sort\":\"price\",\"default_text_model\":\"openai/gpt-4o\",\"description\":\"Production environment workspace\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"include_byok_in_budgets\":false,\"io_logging_api_key_ids\":null,\"io_logging_sampling_rate\":1,\"is_data_discount_logging_enabled\":true,\"is_observability_broadcast_enabled\":false,\"is_observability_io_logging_enabled\":false,\"name\":\"Production\",\"slug\":\"production\",\"updated_at\":\"2025-08-24T15:45:00Z\"}}"
  },
  {
    id: "updateWorkspace",
    method: "PATCH",
    path: "/workspaces/{id}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2025-08-24T10:30:00Z\",\"created_by\":\"user_abc123\",\"default_guardrail_id\":\"595d5849-7e86-51fd-a7c0-705c34e4afff\",\"default_image_model\":\"openai/dall-e-3\",\"default_provider_sort\":\"price\",\"default_text_model\":\"openai/gpt-4o\",\"description\":\"Production environment workspace\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"include_byok_in_budgets\":false,\"io_logging_api_key_ids\":null,\"io_logging_sampling_rate\":1,\"is_data_discount_logging_enabled\":true,\"is_observability_broadcast_enabled\":false,\"is_observability_io_logging_enabled\":false,\"name\":\"Updated Workspace\",\"slug\":\"updated-workspace\",\"updated_at\":\"2025-08-25T10:00:00Z\"}}"
  },
  {
    id: "listWorkspaceBudgets",
    method: "GET",
    path: "/workspaces/{id}/budgets",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"created_at\":\"2025-08-24T10:30:00Z\",\"id\":\"770e8400-e29b-41d4-a716-446655440000\",\"limit_usd\":100,\"reset_interval\":\"monthly\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}],\"include_byok_in_budgets\":false}"
  },
  {
    id: "deleteWorkspaceBudget",
    method: "DELETE",
    path: "/workspaces/{id}/budgets/{interval}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"deleted\":true}"
  },
  {
    id: "getWorkspaceBudget",
    method: "GET",
    path: "/workspaces/{id}/budgets/{interval}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2025-08-24T10:30:00Z\",\"id\":\"770e8400-e29b-41d4-a716-446655440000\",\"limit_usd\":100,\"reset_interval\":\"monthly\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"},\"include_byok_in_budgets\":true}"
  },
  {
    id: "upsertWorkspaceBudget",
    method: "PUT",
    path: "/workspaces/{id}/budgets/{interval}",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":{\"created_at\":\"2025-08-24T10:30:00Z\",\"id\":\"770e8400-e29b-41d4-a716-446655440000\",\"limit_usd\":100,\"reset_interval\":\"monthly\",\"updated_at\":\"2025-08-24T15:45:00Z\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"},\"include_byok_in_budgets\":true}"
  },
  {
    id: "listWorkspaceMembers",
    method: "GET",
    path: "/workspaces/{id}/members",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"data\":[{\"created_at\":\"2025-08-24T10:30:00Z\",\"id\":\"660e8400-e29b-41d4-a716-446655440000\",\"role\":\"member\",\"user_id\":\"user_abc123\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}],\"total_count\":1}"
  },
  {
    id: "bulkAddWorkspaceMembers",
    method: "POST",
    path: "/workspaces/{id}/members/add",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"added_count\":1,\"data\":[{\"created_at\":\"2025-08-24T10:30:00Z\",\"id\":\"660e8400-e29b-41d4-a716-446655440000\",\"role\":\"member\",\"user_id\":\"user_abc123\",\"workspace_id\":\"550e8400-e29b-41d4-a716-446655440000\"}]}"
  },
  {
    id: "bulkRemoveWorkspaceMembers",
    method: "POST",
    path: "/workspaces/{id}/members/remove",
    status: 200,
    contentType: "application/json",
    key: "management",
    example: "spec",
    body: "{\"removed_count\":2}"
  }
]
