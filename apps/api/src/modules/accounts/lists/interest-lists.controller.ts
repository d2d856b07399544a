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
import type { InterestList } from '@lyt/contracts';
import { ApiAnswer } from '../../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../../common/id-param.decorator';
import { AdminOnly } from '../../auth/access.decorator';
import {
  CreateInterestListDto,
  UpdateInterestListDto,
} from './interest-list.dto';
import { InterestListsService } from './interest-lists.service';

@Controller('lists')
export class InterestListsController {
  constructor(private readonly lists: InterestListsService) {}

  @Get()
  @ApiAnswer('InterestList', { list: true })
  list(): Promise<InterestList[]> {
    return this.lists.list();
  }

  @Get(':id')
  @ApiAnswer('InterestList')
  @ApiIdParam('uuid', 'list')
  get(@IdParam('uuid', 'list') id: string): Promise<InterestList> {
    return this.lists.get(id);
  }

  @AdminOnly()
  @Post()
  @ApiAnswer('InterestList', { status: 201 })
  create(@Body() dto: CreateInterestListDto): Promise<InterestList> {
    return this.lists.create(dto);
  }

  @AdminOnly()
  @Patch(':id')
  @ApiAnswer('InterestList')
  @ApiIdParam('uuid', 'list')
  update(
    @IdParam('uuid', 'list') id: string,
    @Body() dto: UpdateInterestListDto,
  ): Promise<InterestList> {
    return this.lists.update(id, dto);
  }

  @AdminOnly()
  @Delete(':id')
  @HttpCode(204)
  @ApiResponse({
    status: 204,
    description: 'Deleted; its sources and accounts stay.',
  })
  @ApiIdParam('uuid', 'list')
  remove(@IdParam('uuid', 'list') id: string): Promise<void> {
    return this.lists.remove(id);
  }
}
