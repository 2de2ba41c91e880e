"""pyeventsourcing's PostgreSQL recorder as a peer of the event store benchmarks (issue 17).

Run by Benchmarks/run.sh in a venv it creates (`pip install eventsourcing psycopg`), against
the same cluster as the Swift benchmarks, right after them. Appends the same ~300-byte call
records as Benchmarks/EventStoreBenchmarks/Workload.swift through
PostgresApplicationRecorder.insert_events (what an application's save() calls), each save
to a new aggregate:

  P1  one event per save, 1 writer        P2  one event per save, 8 writers (threads)
  P3  100 events per save, 1 writer       P4  100 events per save, 8 writers

1,000 events per iteration (10,000 for P3/P4), one warm-up iteration, then `--iterations`
measured ones; each measured iteration appends `settings<TAB>key<TAB>events/s` to the
results file, as the Swift benchmarks do.
"""

import argparse
import threading
import time
import uuid

from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore

QUEUES = ["billing-en", "billing-es", "tech-support", "retention", "sales-inbound", "general"]
DISPOSITIONS = ["resolved", "escalated", "callback", "transferred"]


def payload(index: int) -> bytes:
    minute, second = index % 60, (index // 60) % 60
    return (
        f'{{"call_id":"CALL-{index:08d}","queue":"{QUEUES[index % len(QUEUES)]}",'
        f'"agent_id":"agent-{index % 250}","customer_ref":"CUST-{(index * 7919) % 10_000_000:07d}",'
        f'"channel":"voice","started_at":"2025-03-14T09:{minute:02d}:{second:02d}Z",'
        f'"wait_seconds":{index % 180},"talk_seconds":{120 + index % 900},'
        f'"disposition":"{DISPOSITIONS[index % len(DISPOSITIONS)]}",'
        f'"notes":"Caller asked about the March invoice; explained proration, sent a copy by email."}}'
    ).encode()


def saves(count: int, per_save: int, start: int) -> list[list[StoredEvent]]:
    """`count` saves of `per_save` events, each save to a new aggregate."""
    result = []
    for n in range(count):
        originator = uuid.uuid4()
        result.append([
            StoredEvent(originator_id=originator, originator_version=v + 1, topic="callboard:CallCompleted",
                        state=payload(start + n * per_save + v))
            for v in range(per_save)
        ])
    return result


def run(recorder: PostgresApplicationRecorder, writers: int, per_save: int, events: int, round_: int) -> float:
    per_writer = events // writers // per_save
    work = [saves(per_writer, per_save, round_ * 1_000_000 + w * 100_000) for w in range(writers)]
    errors: list[BaseException] = []

    def writer(batches: list[list[StoredEvent]]) -> None:
        try:
            for batch in batches:
                recorder.insert_events(batch)
        except BaseException as error:  # reported after the run
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(batches,)) for batches in work]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise errors[0]
    return writers * per_writer * per_save / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--settings", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--iterations", type=int, default=5)
    args = parser.parse_args()

    datastore = PostgresDatastore(dbname=args.database, host="127.0.0.1", port=args.port, user="postgres",
                                  password="", pool_size=9, max_overflow=0)
    recorder = PostgresApplicationRecorder(datastore, events_table_name="peer_events")
    recorder.create_table()
    cases = [("P1", 1, 1, 1_000), ("P2", 8, 1, 1_000), ("P3", 1, 100, 10_000), ("P4", 8, 100, 10_000)]
    round_ = 0
    with open(args.results, "a") as results:
        for key, writers, per_save, events in cases:
            rates = []
            for iteration in range(args.iterations + 1):
                round_ += 1
                rate = run(recorder, writers, per_save, events, round_)
                if iteration > 0:  # the first is the warm-up
                    rates.append(rate)
                    results.write(f"{args.settings}\t{key}\t{rate:.1f}\n")
                    results.flush()
            rates.sort()
            print(f"{key} writers={writers} events/save={per_save}: median {rates[len(rates) // 2]:.0f} events/s")
    datastore.close()


if __name__ == "__main__":
    main()
