import type { ErrorObject } from 'ajv';

/** A validator generated from a JSON Schema by scripts/build-validators.mjs: true when valid, else `errors`. */
interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

declare const validate: GeneratedValidator;
export default validate;
export { validate };
