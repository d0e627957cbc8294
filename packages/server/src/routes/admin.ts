import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permissionMatrix, permissions, roles } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { createUser } from '../use-cases/users/create-user.ts';
import { listUsers } from '../use-cases/users/list-users.ts';
import { updateUser } from '../use-cases/users/update-user.ts';
import { userHistory } from '../use-cases/users/user-history.ts';
import { roleLabels } from '../use-cases/users/role-labels.ts';
import { createUserInput, updateUserInput } from '../use-cases/users/user-input.types.ts';
import { userViewSchema } from '../use-cases/users/users.view.ts';
import { errors, historyEntry, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function adminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/roles',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['beheer'],
        summary: 'Rollen en hun rechten',
        response: { 200: z.array(z.object({ role: z.enum(roles), label: z.string(), permissions: z.array(z.enum(permissions)) })), ...errors },
      },
    },
    () => roles.map((role) => ({ role, label: roleLabels[role], permissions: [...permissionMatrix[role]] })),
  );

  api.get(
    '/api/admin/users',
    { config: { access: 'admin:users' }, schema: { tags: ['beheer'], summary: 'Gebruikers van de eigen organisatie', response: { 200: z.array(userViewSchema), ...errors } } },
    (request) => listUsers(useCaseContext(request, ctx)),
  );

  api.post(
    '/api/admin/users',
    {
      config: { access: 'admin:users' },
      schema: { tags: ['beheer'], summary: 'Gebruiker aanmaken', body: createUserInput, response: { 201: z.object({ user: userViewSchema }), ...errors } },
    },
    async (request, reply) => reply.code(201).send({ user: await createUser(useCaseContext(request, ctx), request.body) }),
  );

  api.patch(
    '/api/admin/users/:id',
    {
      config: { access: 'admin:users' },
      schema: { tags: ['beheer'], summary: 'Gebruiker wijzigen (naam, rol, gemeenten, actief)', params: idParams, body: updateUserInput, response: { 200: z.object({ user: userViewSchema }), ...errors } },
    },
    async (request) => ({ user: await updateUser(useCaseContext(request, ctx), request.params.id, request.body) }),
  );

  api.get(
    '/api/admin/users/:id/history',
    {
      config: { access: 'admin:users' },
      schema: { tags: ['beheer'], summary: 'Wijzigingsgeschiedenis van een gebruiker', params: idParams, response: { 200: z.array(historyEntry), ...errors } },
    },
    (request) => userHistory(useCaseContext(request, ctx), request.params.id),
  );
}
