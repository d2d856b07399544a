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
import type { Topic, TopicPreview } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../common/id-param.decorator';
import { AdminOnly } from '../auth/access.decorator';
import {
  CreateTopicDto,
  PreviewTopicDto,
  UpdateTopicDto,
} from './dto/topic.dto';
import { TopicsService } from './topics.service';

@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  @ApiAnswer('Topic', { list: true })
  list(): Promise<Topic[]> {
    return this.topics.list();
  }

  /** Before `:id`, so that "preview" is never taken for an id. */
  @AdminOnly()
  @Post('preview')
  @HttpCode(200)
  @ApiAnswer('TopicPreview')
  preview(@Body() dto: PreviewTopicDto): Promise<TopicPreview> {
    return this.topics.preview(dto);
  }

  @Get(':id')
  @ApiAnswer('Topic')
  @ApiIdParam('uuid', 'topic')
  get(@IdParam('uuid', 'topic') id: string): Promise<Topic> {
    return this.topics.get(id);
  }

  @AdminOnly()
  @Post()
  @ApiAnswer('Topic', { status: 201 })
  create(@Body() dto: CreateTopicDto): Promise<Topic> {
    return this.topics.create(dto);
  }

  @AdminOnly()
  @Patch(':id')
  @ApiAnswer('Topic')
  @ApiIdParam('uuid', 'topic')
  update(
    @IdParam('uuid', 'topic') id: string,
    @Body() dto: UpdateTopicDto,
  ): Promise<Topic> {
    return this.topics.update(id, dto);
  }

  @AdminOnly()
  @Delete(':id')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Deleted, with its mentions.' })
  @ApiIdParam('uuid', 'topic')
  remove(@IdParam('uuid', 'topic') id: string): Promise<void> {
    return this.topics.remove(id);
  }
}
