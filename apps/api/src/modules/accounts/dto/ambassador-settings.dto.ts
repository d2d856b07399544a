import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

export class AmbassadorSettingsDto {
  /** The company's sites, e.g. `nordlys.dk`; a link to one of them or a subdomain is a share. */
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  domains!: string[];

  /** Campaign hashtags, with or without '#'. */
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  hashtags!: string[];
}
