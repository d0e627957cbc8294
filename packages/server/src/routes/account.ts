import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { principalOf } from '../http/authentication.ts';
import { endOtherSessionsOf, sessionCookieName } from '../auth/sessions.ts';
import { changePassword } from '../use-cases/users/change-password.ts';
import { changePasswordInput } from '../use-cases/users/change-password.types.ts';
import { sessionUserSchema } from '../use-cases/users/users.view.ts';
import { errors } from './schemas.ts';
import { sessionUserOf } from './session-user.ts';
import { useCaseContext } from './request-context.ts';

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/account',
    { config: { access: 'authenticated' }, schema: { tags: ['account'], summary: 'Mijn account', response: { 200: z.object({ user: sessionUserSchema }), ...errors } } },
    (request) => ({ user: sessionUserOf(principalOf(request)) }),
  );
  api.post(
    '/api/account/password',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['account'], summary: 'Wachtwoord wijzigen', body: changePasswordInput, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const uc = useCaseContext(request, ctx);
      await changePassword(uc, request.body);
      // Anyone else signed in with the old password is signed out.
      const token = request.cookies[sessionCookieName];
      if (token) await endOtherSessionsOf(ctx.database.db, uc.principal.userId, token);
      return reply.code(204).send(null);
    },
  );
}
