import { Controller, Delete, Get, HttpCode } from '@nestjs/common';
import type { DemoRemoval, DemoStatus } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { AdminOnly } from '../auth/access.decorator';
import { DemoRepository } from './demo.repository';

@Controller('demo')
export class DemoController {
  constructor(private readonly demo: DemoRepository) {}

  @Get()
  @ApiAnswer('DemoStatus', {
    description: 'Whether the demo workspace is in this database.',
  })
  async status(): Promise<DemoStatus> {
    return { active: await this.demo.isActive() };
  }

  @AdminOnly()
  @Delete()
  @HttpCode(200)
  @ApiAnswer('DemoRemoval', {
    description:
      'The demo removed for good, with what it counted; the user’s own topics, sources and items stay. Zeros when there was none: removing twice is harmless.',
  })
  remove(): Promise<DemoRemoval> {
    return this.demo.remove();
  }
}
