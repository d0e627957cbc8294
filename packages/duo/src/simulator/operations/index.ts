/** The handler of every DUO operation the simulator serves, by operationId. */
import { contactpersoonHandlers } from './contactpersoon.ts';
import { examenHandlers } from './examen.ts';
import { gevolgdeUrenHandlers } from './gevolgde-uren.ts';
import { inburgeringsaanbodHandlers } from './inburgeringsaanbod.ts';
import { inburgeringsplichtHandlers } from './inburgeringsplicht.ts';
import { mapPvtZrouteHandlers } from './map-pvt-zroute.ts';
import { pipHandlers } from './pip.ts';
import type { OperationHandler, OperationHandlers } from './support.ts';

const handlers: OperationHandlers = {
  ...inburgeringsplichtHandlers,
  ...examenHandlers,
  ...pipHandlers,
  ...inburgeringsaanbodHandlers,
  ...mapPvtZrouteHandlers,
  ...gevolgdeUrenHandlers,
  ...contactpersoonHandlers,
};

export function hasHandler(operationId: string): boolean {
  return operationId in handlers;
}

export function handlerFor(operationId: string): OperationHandler | undefined {
  return handlers[operationId];
}
