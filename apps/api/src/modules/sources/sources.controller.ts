import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { Source, SourceTemplateView } from '@lyt/contracts';
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
