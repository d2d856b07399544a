import {
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { OptionalField } from '../../../common/optional-field.decorator';
import { TOPIC_KINDS, type TopicKind } from '@lyt/contracts';

const COLOR = /^#[0-9a-f]{6}$/i;

export class CreateTopicDto {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @IsIn(TOPIC_KINDS)
  kind!: TopicKind;

  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  query!: string;

  @OptionalField()
  @Matches(COLOR, { message: 'color must be a hex colour like #1f77b4' })
  color?: string;
}

export class UpdateTopicDto {
  @OptionalField()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @OptionalField()
  @IsIn(TOPIC_KINDS)
  kind?: TopicKind;

  @OptionalField()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  query?: string;

  @OptionalField()
  @Matches(COLOR, { message: 'color must be a hex colour like #1f77b4' })
  color?: string;
}

export class PreviewTopicDto {
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  query!: string;

  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
