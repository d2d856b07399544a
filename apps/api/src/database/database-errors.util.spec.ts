import {
  QueryFailedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { isDatabaseUnavailable } from './database-errors.util';

const pgError = (code: string, message = 'x') =>
  Object.assign(new Error(message), { code });

describe(isDatabaseUnavailable.name, () => {
  it.each([
    [
      'a fast shutdown (57P01)',
      pgError('57P01', 'terminating connection due to administrator command'),
    ],
    ['a crash of another backend (57P02)', pgError('57P02')],
    [
      'a server starting up (57P03)',
      pgError('57P03', 'the database system is starting up'),
    ],
    ['a connection exception (08006)', pgError('08006')],
    ['no free connection slot (53300)', pgError('53300')],
    [
      'a refused connection',
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
    ],
    ['a reset connection', pgError('ECONNRESET')],
    [
      'a connection that ended',
      new Error('Connection terminated unexpectedly'),
    ],
    [
      'a pool that could not connect in time',
      new Error('timeout exceeded when trying to connect'),
    ],
    [
      'a client that lost its connection',
      new Error(
        'Client has encountered a connection error and is not queryable',
      ),
    ],
    [
      'a TypeORM error around one',
      new QueryFailedError('SELECT 1', [], pgError('57P01')),
    ],
    [
      'an error that has one as its cause',
      new Error('poll failed', { cause: pgError('ECONNREFUSED') }),
    ],
    [
      'a transaction whose connection TypeORM released after it failed',
      new QueryRunnerProviderAlreadyReleasedError(),
    ],
    [
      'every address refused',
      new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')]),
    ],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      'bad input (22P02)',
      new QueryFailedError(
        'SELECT',
        [],
        pgError('22P02', 'invalid input syntax for type uuid'),
      ),
    ],
    ['a unique violation (23505)', pgError('23505')],
    ['a deadlock (40P01)', pgError('40P01')],
    [
      'a plain bug',
      new TypeError("Cannot read properties of undefined (reading 'id')"),
    ],
    [
      'a feed that refused the connection (not the database)',
      'connect ECONNREFUSED',
    ],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
