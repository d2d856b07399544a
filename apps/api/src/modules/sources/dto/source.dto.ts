import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { OptionalField } from '../../../common/optional-field.decorator';
import { MIN_INTERVAL_SECONDS } from '../../collector/poll-schedule.util';
import { SOURCE_TEMPLATES } from '../source-templates';

export const MAX_INTERVAL_SECONDS = 7 * 24 * 3600;

export class CreateSourceDto {
  /** A feed URL; or leave it out and give `template` with `params`. */
  @ValidateIf((dto: CreateSourceDto) => dto.template === undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  url?: string;

  @OptionalField()
  @IsIn(SOURCE_TEMPLATES.map((template) => template.id))
  template?: string;

  @ValidateIf((dto: CreateSourceDto) => dto.template !== undefined)
  @IsObject()
  params?: Record<string, unknown>;

  @OptionalField()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @OptionalField()
  @IsInt()
  @Min(MIN_INTERVAL_SECONDS)
  @Max(MAX_INTERVAL_SECONDS)
  intervalSeconds?: number;
}

export class UpdateSourceDto {
  @OptionalField()
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  url?: string;

  @OptionalField()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @OptionalField()
  @IsInt()
  @Min(MIN_INTERVAL_SECONDS)
  @Max(MAX_INTERVAL_SECONDS)
  intervalSeconds?: number;

  @OptionalField()
  @IsBoolean()
  enabled?: boolean;
}
