import {
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  GOAL_METRICS,
  GOAL_PERIODS,
  type GoalMetric,
  type GoalPeriod,
} from '@lyt/contracts';

export class CreateGoalDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @IsIn(GOAL_METRICS)
  metric!: GoalMetric;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(1_000_000_000)
  target!: number;

  /** followers: the own account; posts and engagement-per-post: one account instead of all own accounts. */
  @IsOptional()
  @IsUUID()
  accountId?: string;

  /** mentions: one topic instead of the company topics. */
  @IsOptional()
  @IsUUID()
  topicId?: string;

  /** hashtag-uses: the campaign hashtag, with or without '#'. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  hashtag?: string;

  /** Default now. A date alone (`2027-01-01`) is the start of that day in Copenhagen. */
  @IsOptional()
  @IsISO8601({ strict: true })
  startsAt?: string;

  /** Give a deadline or a period. A date alone (`2027-03-14`) is the end of that day in Copenhagen: all of it counts. */
  @IsOptional()
  @IsISO8601({ strict: true })
  deadline?: string;

  @IsOptional()
  @IsIn(GOAL_PERIODS)
  period?: GoalPeriod;
}

export class UpdateGoalDto {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(1_000_000_000)
  target?: number;

  /** A date alone is the end of that day in Copenhagen. */
  @IsOptional()
  @IsISO8601({ strict: true })
  deadline?: string;
}
