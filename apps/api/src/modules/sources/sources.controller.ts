import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiProduces,
  ApiResponse,
} from '@nestjs/swagger';
import type {
  OpmlImportReport,
  Source,
  SourceTemplateView,
} from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../common/id-param.decorator';
import { AdminOnly } from '../auth/access.decorator';
import { CreateSourceDto, UpdateSourceDto } from './dto/source.dto';
import { SourcesService } from './sources.service';

@Controller()
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get('source-templates')
  @ApiAnswer('SourceTemplateView', { list: true })
  templates(): SourceTemplateView[] {
    return this.sources.templates();
  }

  @Get('sources')
  @ApiAnswer('Source', { list: true })
  list(): Promise<Source[]> {
    return this.sources.list();
  }

  /** Declared before `sources/:id`, so that "sources.opml" is never read as an id. */
  @Get('sources.opml')
  @ApiProduces('text/x-opml')
  @ApiResponse({
    status: 200,
    description: 'The sources as OPML 2.0.',
    content: { 'text/x-opml': { schema: { type: 'string' } } },
  })
  @Header('Content-Type', 'text/x-opml; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="lyt-sources.opml"')
  @Header('Cache-Control', 'no-store')
  exportOpml(): Promise<string> {
    return this.sources.exportOpml();
  }

  /** An OPML file as the body (XML, at most 1 MB); folders are read too. */
  @AdminOnly()
  @Post('sources/opml')
  @HttpCode(200)
  @ApiConsumes('text/x-opml', 'application/xml', 'text/xml')
  @ApiBody({ schema: { type: 'string' } })
  @ApiAnswer('OpmlImportReport')
  importOpml(@Body() body: unknown): Promise<OpmlImportReport> {
    if (typeof body !== 'string' || body.trim() === '')
      throw new BadRequestException(
        'body: send the OPML file itself, with Content-Type: text/x-opml',
      );
    return this.sources.importOpml(body);
  }

  @Get('sources/:id')
  @ApiAnswer('Source')
  @ApiIdParam('uuid', 'source')
  get(@IdParam('uuid', 'source') id: string): Promise<Source> {
    return this.sources.get(id);
  }

  @AdminOnly()
  @Post('sources')
  @ApiAnswer('Source', { status: 201 })
  create(@Body() dto: CreateSourceDto): Promise<Source> {
    return this.sources.create(dto);
  }

  @AdminOnly()
  @Patch('sources/:id')
  @ApiAnswer('Source')
  @ApiIdParam('uuid', 'source')
  update(
    @IdParam('uuid', 'source') id: string,
    @Body() dto: UpdateSourceDto,
  ): Promise<Source> {
    return this.sources.update(id, dto);
  }

  @AdminOnly()
  @Delete('sources/:id')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Deleted, with its items.' })
  @ApiIdParam('uuid', 'source')
  remove(@IdParam('uuid', 'source') id: string): Promise<void> {
    return this.sources.remove(id);
  }

  @AdminOnly()
  @Post('sources/:id/poll')
  @HttpCode(200)
  @ApiAnswer('Source', {
    description: 'Polled; the source with its new health.',
  })
  @ApiIdParam('uuid', 'source')
  poll(@IdParam('uuid', 'source') id: string): Promise<Source> {
    return this.sources.pollNow(id);
  }
}
