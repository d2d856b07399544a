import { ValidateIf } from 'class-validator';

/**
 * A body field that may be left out, but not sent as null: class-validator's
 * IsOptional lets null through to the field's NOT NULL column, which then
 * fails in SQL. Here null meets the field's other validators and gets a 400.
 */
export const OptionalField = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined);
