import {
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ACCOUNT_ROLES, type AccountRole } from '@lyt/contracts';

export class CreateAccountDto {
  /** A profile URL (`https://mastodon.social/@nordlys`, `https://bsky.app/profile/nordlys.bsky.social`) or a feed URL; or give `handle`. */
  @ValidateIf((dto: CreateAccountDto) => dto.handle === undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  url?: string;

  /** `@name@instance` (Mastodon) or `name.bsky.social` (Bluesky). */
  @ValidateIf((dto: CreateAccountDto) => dto.url === undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  handle?: string;

  @IsIn(ACCOUNT_ROLES)
  role!: AccountRole;

  /** Default: the profile's display name (a feed's title). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

export class UpdateAccountDto {
  @IsOptional()
  @IsIn(ACCOUNT_ROLES)
  role?: AccountRole;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}
