import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/** A DTO's own message names its field(s) before a colon ("url or handle: give …"). */
const OWN_MESSAGE = /^[\w.[\] ]+: /;
/** class-validator's default messages begin with the property and a verb ("name must be a string"). */
const DEFAULT_VERB = /^(must|should|has|is) /;

/** One failed constraint of the field at `path` (property `property`), as "path: why". */
function sentence(path: string, property: string, message: string): string {
  if (message.startsWith(`${property}:`))
    return `${path}${message.slice(property.length)}`;
  const rest = message.startsWith(`${property} `)
    ? message.slice(property.length + 1)
    : null;
  if (rest !== null && DEFAULT_VERB.test(rest)) return `${path}: ${rest}`;
  const each = `each value in ${property} `;
  if (message.startsWith(each))
    return `${path}: each value ${message.slice(each.length)}`;
  if (path === property && OWN_MESSAGE.test(message)) return message;
  return `${path}: ${message}`;
}

/** The first complaint about each field, depth first, keyed by the field it names. */
function complaints(
  errors: ValidationError[],
  parent: string,
  byField: Map<string, string>,
): void {
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    for (const [name, message] of constraints) {
      const said =
        name === 'whitelistValidation'
          ? `${path}: is not a field`
          : sentence(path, error.property, message);
      const field = /^[^\s:]*/.exec(said)![0];
      if (!byField.has(field)) byField.set(field, said);
    }
    complaints(error.children ?? [], path, byField);
  }
}

/**
 * The validation pipe's failed constraints as one sentence per field, as the
 * other 400s of the API say it ("name: give a name of 1 to 200 characters"):
 * the first complaint per field (a DTO declares its own message below the
 * field's other decorators to be first), class-validator's defaults rewritten
 * to start with the field ("name: must be a string"), unknown fields named.
 */
export function oneSentence(errors: ValidationError[]): string {
  if (errors.some((error) => /^\d+$/.test(error.property)))
    return 'body: send one JSON object, not a list';
  const byField = new Map<string, string>();
  complaints(errors, '', byField);
  return [...byField.values()].join('; ');
}

/** The global validation pipe's exception: a 400 whose message is one string, never class-validator's array. */
export function validationException(
  errors: ValidationError[],
): BadRequestException {
  return new BadRequestException(oneSentence(errors));
}
