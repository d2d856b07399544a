import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@lyt/contracts';
import { Access, ACCESS_KEY } from './access.decorator';
import { AuthService } from './auth.service';
import { bearerToken } from './token.util';

export interface AuthenticatedRequest extends Request {
  role?: Role;
}

/** Every HTTP route needs a bearer token unless marked @Public(); @AdminOnly() routes need the admin's. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(
      ACCESS_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const role = await this.auth.roleFor(
      bearerToken(request.headers.authorization),
    );
    if (!role)
      throw new UnauthorizedException(
        'a valid token is required: Authorization: Bearer <token>',
      );
    if (access === 'admin' && role !== 'admin')
      throw new ForbiddenException('this needs the admin token');
    request.role = role;
    return true;
  }
}
