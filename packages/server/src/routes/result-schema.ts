// The results overview and the case's PVT/MAP part name a result the same way: its schema lives with the view (results.view.ts).
export { resultViewSchema as resultSchema } from '../use-cases/results/results.view.ts';
