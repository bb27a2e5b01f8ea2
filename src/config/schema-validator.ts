import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../schema/tlsguard.schema.json' with { type: 'json' };

/** The configuration schema's validator (its own module, so ajv is loaded only when a file exists). */
export function schemaValidator(): ValidateFunction {
  return new Ajv({ allErrors: false, strict: true }).compile(schema);
}
