import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type contractSchemas from '../contract-schemas.json';

/** A response type of libs/contracts: a name the generated schemas know, so a typo does not compile. */
export type ContractName = keyof typeof contractSchemas;

const ref = (name: ContractName) => ({
  $ref: `#/components/schemas/${name}`,
});

/** Documents what a route answers with, as the shared contract type `name` (or a list of it). */
export const ApiAnswer = (
  name: ContractName,
  options: { status?: HttpStatus; list?: boolean; description?: string } = {},
): MethodDecorator =>
  applyDecorators(
    ApiResponse({
      status: options.status ?? HttpStatus.OK,
      description:
        options.description ?? (options.list ? `A list of ${name}.` : name),
      schema: options.list ? { type: 'array', items: ref(name) } : ref(name),
    }),
  );
