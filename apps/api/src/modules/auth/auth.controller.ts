import { Controller, Get, Post, Req } from '@nestjs/common';
import type { Session, ViewerToken } from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { AdminOnly } from './access.decorator';
import type { AuthenticatedRequest } from './auth.guard';
import { AuthService } from './auth.service';

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Lets the dashboard show admin controls only to the admin. */
  @Get('me')
  @ApiAnswer('Session')
  me(@Req() request: AuthenticatedRequest): Session {
    return { role: request.role ?? 'viewer' };
  }

  @AdminOnly()
  @Post('access/viewer-token')
  @ApiAnswer('ViewerToken', { status: 201 })
  async rotateViewerToken(): Promise<ViewerToken> {
    return { token: await this.auth.rotateViewerToken() };
  }
}
