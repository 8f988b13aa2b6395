import { Explanations } from './Explanations';
import { NetworkDiagram } from './NetworkDiagram';
import { ParameterTable } from './ParameterTable';

/** The view "Network and notes": the twins' layers, their parameters, and short notes. */
export default function NotesPanel() {
  return (
    <>
      <NetworkDiagram />
      <ParameterTable />
      <Explanations />
    </>
  );
}
