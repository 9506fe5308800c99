import Playground from '@/components/Playground';

/** The playground: everything interactive lives in the client component. */
export default function Home() {
  return <Playground />;
}
