import {
  Body,
  Controller,
  Get,
  Header,
  Patch,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiConflictResponse, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import type { MentionPage, MentionVisibility } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../common/id-param.decorator';
import { AdminOnly } from '../auth/access.decorator';
import { UpdateMentionDto } from './dto/update-mention.dto';
import {
  ApiMentionFilters,
  ApiMentionPaging,
} from './mention-params.decorator';
import {
  parseMentionExportQuery,
  parseMentionListQuery,
  type RawQuery,
} from './mention-params.util';
import { MentionsService } from './mentions.service';

@Controller()
export class MentionsController {
  constructor(private readonly mentions: MentionsService) {}

  @Get('mentions')
  @ApiAnswer('MentionPage')
  @ApiMentionFilters()
  @ApiMentionPaging()
  list(@Query() query: RawQuery): Promise<MentionPage> {
    return this.mentions.page(parseMentionListQuery(query));
  }

  /** Moderation: the hidden mentions, newest first, with the list's filters and paging; declared before `:id` routes. */
  @AdminOnly()
  @Get('mentions/hidden')
  @ApiAnswer('MentionPage')
  @ApiMentionFilters()
  @ApiMentionPaging()
  hidden(@Query() query: RawQuery): Promise<MentionPage> {
    const { filter, ...paging } = parseMentionListQuery(query);
    return this.mentions.page({
      ...paging,
      filter: { ...filter, hidden: true },
    });
  }

  /** Declared before `:id` routes, so that "mentions.csv" is never read as an id. */
  @Get('mentions.csv')
  @ApiMentionFilters()
  @ApiProduces('text/csv')
  @ApiResponse({
    status: 200,
    description: 'The mentions as CSV (UTF-8 with BOM), newest first.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @Header('Cache-Control', 'no-store')
  async csv(@Query() query: RawQuery): Promise<StreamableFile> {
    const chunks = await this.mentions.csv(parseMentionExportQuery(query));
    const day = new Date().toISOString().slice(0, 10);
    // Not object mode: the stream then reads ahead about one page, not sixteen.
    return new StreamableFile(Readable.from(chunks, { objectMode: false }), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="lyt-mentions-${day}.csv"`,
    });
  }

  @AdminOnly()
  @Patch('mentions/:id')
  @ApiAnswer('MentionVisibility')
  @ApiIdParam('mention', 'mention')
  @ApiConflictResponse({
    description:
      'Showing a mention whose post was deleted on its platform: it stays hidden.',
    schema: { $ref: '#/components/schemas/ApiErrorBody' },
  })
  setHidden(
    @IdParam('mention', 'mention') id: string,
    @Body() dto: UpdateMentionDto,
  ): Promise<MentionVisibility> {
    return this.mentions.setHidden(id, dto.hidden);
  }
}
