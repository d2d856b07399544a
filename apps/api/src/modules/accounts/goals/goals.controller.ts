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
import type { Goal } from '@lyt/contracts';
import { ApiAnswer } from '../../../common/api-answer.decorator';
import { ApiIdParam, IdParam } from '../../../common/id-param.decorator';
import { AdminOnly } from '../../auth/access.decorator';
import { CreateGoalDto, UpdateGoalDto } from './goal.dto';
import { GoalsService } from './goals.service';

@Controller('goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get()
  @ApiAnswer('Goal', {
    list: true,
    description: 'Every goal with its progress and forecast, as of now.',
  })
  list(): Promise<Goal[]> {
    return this.goals.list();
  }

  @Get(':id')
  @ApiAnswer('Goal')
  @ApiIdParam('uuid', 'goal')
  get(@IdParam('uuid', 'goal') id: string): Promise<Goal> {
    return this.goals.get(id);
  }

  @AdminOnly()
  @Post()
  @ApiAnswer('Goal', { status: 201 })
  create(@Body() dto: CreateGoalDto): Promise<Goal> {
    return this.goals.create(dto);
  }

  @AdminOnly()
  @Patch(':id')
  @ApiAnswer('Goal')
  @ApiIdParam('uuid', 'goal')
  update(
    @IdParam('uuid', 'goal') id: string,
    @Body() dto: UpdateGoalDto,
  ): Promise<Goal> {
    return this.goals.update(id, dto);
  }

  @AdminOnly()
  @Delete(':id')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Deleted.' })
  @ApiIdParam('uuid', 'goal')
  remove(@IdParam('uuid', 'goal') id: string): Promise<void> {
    return this.goals.remove(id);
  }
}
