import {
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { ACCOUNT_ROLES, type AccountRole } from '@lyt/contracts';

/** Said when neither or both of `url` and `handle` are given. */
export const URL_OR_HANDLE =
  "url or handle: give the account's profile URL or its handle";
const ROLE = `role: give one of ${ACCOUNT_ROLES.join(', ')}`;
const NAME =
  'name: give a name of 1 to 200 characters, or leave it out for the profile’s own';

/**
 * The one complaint about an address field, in words. Declared below the
 * field's other decorators (which describe it in the OpenAPI document), so
 * that it is reported first; the validation answer keeps the first
 * complaint per field.
 */
const Address = (field: 'url' | 'handle', max: number, example: string) =>
  ValidateBy({
    name: `${field}Address`,
    validator: {
      validate: (value: unknown, args) =>
        typeof value === 'string' &&
        value.length > 0 &&
        value.length <= max &&
        (field === 'url' ||
          (args?.object as CreateAccountDto).url === undefined),
      defaultMessage: (args) => {
        const value: unknown = args?.value;
        if (value === undefined || value === '') return URL_OR_HANDLE;
        if (
          field === 'handle' &&
          (args?.object as CreateAccountDto).url !== undefined
        )
          return `${URL_OR_HANDLE}, not both`;
        if (typeof value !== 'string')
          return `${field}: write it as text, e.g. ${example}`;
        return `${field}: is longer than ${max.toLocaleString('en')} characters`;
      },
    },
  });

export class CreateAccountDto {
  /** A profile URL (`https://mastodon.social/@nordlys`, `https://bsky.app/profile/nordlys.bsky.social`) or a feed URL; or give `handle`. */
  @ValidateIf(
    (dto: CreateAccountDto) =>
      dto.url !== undefined || dto.handle === undefined,
  )
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  @Address('url', 2048, 'https://mastodon.social/@nordlys')
  url?: string;

  /** `@name@instance` (Mastodon) or `name.bsky.social` (Bluesky). */
  @ValidateIf((dto: CreateAccountDto) => dto.handle !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Address('handle', 300, '@nordlys@mastodon.social or nordlys.bsky.social')
  handle?: string;

  @IsIn(ACCOUNT_ROLES, { message: ROLE })
  role!: AccountRole;

  /** Default: the profile's display name (a feed's title). */
  @IsOptional()
  @IsString({ message: NAME })
  @MinLength(1, { message: NAME })
  @MaxLength(200, { message: NAME })
  name?: string;
}

export class UpdateAccountDto {
  @IsOptional()
  @IsIn(ACCOUNT_ROLES, { message: ROLE })
  role?: AccountRole;

  @IsOptional()
  @IsString({ message: NAME })
  @MinLength(1, { message: NAME })
  @MaxLength(200, { message: NAME })
  name?: string;
}
