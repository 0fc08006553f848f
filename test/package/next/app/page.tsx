import { OutcomesChart } from './outcomes-chart';
import { PlatformsChart } from './platforms-chart';
import { RemoteChart } from './remote-chart';

export default function Page() {
  return (
    <main>
      <PlatformsChart />
      <OutcomesChart />
      <RemoteChart />
    </main>
  );
}
