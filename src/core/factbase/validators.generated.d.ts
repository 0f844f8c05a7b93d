// Types for the generated validators (scripts/gen-validators.mjs).
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
export const validatePack: GeneratedValidator;
export const validateSources: GeneratedValidator;
export const validateEntities: GeneratedValidator;
export const validateClaims: GeneratedValidator;
export const validateTopics: GeneratedValidator;
export const validateQuestions: GeneratedValidator;
export const validateSites: GeneratedValidator;
