import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { OptionalField } from '../../../common/optional-field.decorator';
import { MAX_COLUMNS } from '@lyt/contracts';

export class CreateColumnDto {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  /** A ColumnFilter: checked field by field by readColumnFilter. */
  @IsObject()
  filter!: Record<string, unknown>;
}

export class UpdateColumnDto {
  @OptionalField()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @OptionalField()
  @IsObject()
  filter?: Record<string, unknown>;
}

export class ReorderColumnsDto {
  /** Every column's id, left to right. */
  @IsArray()
  @ArrayMaxSize(MAX_COLUMNS)
  @IsUUID('all', { each: true })
  ids!: string[];
}
