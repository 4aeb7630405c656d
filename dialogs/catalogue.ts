import { activateMembershipMachine } from './activateMembership.machine';
import type { ProcedureDefinition } from './procedure';

/** Every procedure the bot can run, keyed by its fixed id. */
const definitions: readonly ProcedureDefinition[] = [
  {
    id: 'activate_membership',
    product: 'alipayInternationalAccount',
    machine: activateMembershipMachine,
    titleKey: 'activateMembership.title',
    totalSteps: 6,
  },
];

export type ProcedureCatalogue = ReadonlyMap<string, ProcedureDefinition>;

export function createCatalogue(list: readonly ProcedureDefinition[] = definitions): ProcedureCatalogue {
  return new Map(list.map((definition) => [definition.id, definition]));
}
