import {
  ArrayMaxSize,
  IsArray,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { OptionalField } from '../../../common/optional-field.decorator';

const NAME = 'name: give a name of 1 to 100 characters';
const MAX_MEMBERS = 500;
const MEMBERS = (field: string, what: string) =>
  `${field}: give a list of up to ${MAX_MEMBERS} ${what} ids`;
const SOURCES = MEMBERS('sourceIds', 'source');
const ACCOUNTS = MEMBERS('accountIds', 'account');

export class CreateInterestListDto {
  @IsString({ message: NAME })
  @MinLength(1, { message: NAME })
  @MaxLength(100, { message: NAME })
  name!: string;

  @OptionalField()
  @IsArray({ message: SOURCES })
  @ArrayMaxSize(MAX_MEMBERS, { message: SOURCES })
  @IsUUID('all', { each: true, message: SOURCES })
  sourceIds?: string[];

  /** Accounts join through their sources. */
  @OptionalField()
  @IsArray({ message: ACCOUNTS })
  @ArrayMaxSize(MAX_MEMBERS, { message: ACCOUNTS })
  @IsUUID('all', { each: true, message: ACCOUNTS })
  accountIds?: string[];
}

export class UpdateInterestListDto {
  @OptionalField()
  @IsString({ message: NAME })
  @MinLength(1, { message: NAME })
  @MaxLength(100, { message: NAME })
  name?: string;

  /** Given together or alone, sourceIds and accountIds replace the members. */
  @OptionalField()
  @IsArray({ message: SOURCES })
  @ArrayMaxSize(MAX_MEMBERS, { message: SOURCES })
  @IsUUID('all', { each: true, message: SOURCES })
  sourceIds?: string[];

  @OptionalField()
  @IsArray({ message: ACCOUNTS })
  @ArrayMaxSize(MAX_MEMBERS, { message: ACCOUNTS })
  @IsUUID('all', { each: true, message: ACCOUNTS })
  accountIds?: string[];
}
