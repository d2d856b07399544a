import { IsBoolean } from 'class-validator';

/** Moderation: `hidden: true` takes a mention off every list, export and screen. */
export class UpdateMentionDto {
  @IsBoolean({ message: 'hidden: must be true or false' })
  hidden!: boolean;
}
