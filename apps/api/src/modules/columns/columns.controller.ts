import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { Column } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../common/id-param.decorator';
import { AdminOnly } from '../auth/access.decorator';
import { ColumnsService } from './columns.service';
import {
  CreateColumnDto,
  ReorderColumnsDto,
  UpdateColumnDto,
} from './dto/column.dto';

/** Viewers read the board; the admin changes it. */
@Controller('columns')
export class ColumnsController {
  constructor(private readonly columns: ColumnsService) {}

  @Get()
  @ApiAnswer('Column', { list: true })
  list(): Promise<Column[]> {
    return this.columns.list();
  }

  /** Before `:id`, so that "order" is never taken for an id. */
  @AdminOnly()
  @Put('order')
  @ApiAnswer('Column', { list: true })
  reorder(@Body() dto: ReorderColumnsDto): Promise<Column[]> {
    return this.columns.reorder(dto);
  }

  @Get(':id')
  @ApiAnswer('Column')
  @ApiIdParam('uuid', 'column')
  get(@IdParam('uuid', 'column') id: string): Promise<Column> {
    return this.columns.get(id);
  }

  @AdminOnly()
  @Post()
  @ApiAnswer('Column', { status: 201 })
  create(@Body() dto: CreateColumnDto): Promise<Column> {
    return this.columns.create(dto);
  }

  @AdminOnly()
  @Patch(':id')
  @ApiAnswer('Column')
  @ApiIdParam('uuid', 'column')
  update(
    @IdParam('uuid', 'column') id: string,
    @Body() dto: UpdateColumnDto,
  ): Promise<Column> {
    return this.columns.update(id, dto);
  }

  @AdminOnly()
  @Delete(':id')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Removed from the board.' })
  @ApiIdParam('uuid', 'column')
  remove(@IdParam('uuid', 'column') id: string): Promise<void> {
    return this.columns.remove(id);
  }
}
