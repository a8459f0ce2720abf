"""Discrete-event simulation of a small bank with tellers, driven by a hand-written
binary min-heap priority queue. Randomness comes only from random.seed()."""
import random

class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)
        self._sift_up(len(self.items) - 1)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        last = self.items.pop()
        if not self.items:
            return last
        top = self.items[0]
        self.items[0] = last
        self._sift_down(0)
        return top

    def peek(self):
        return self.items[0]

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self.items)
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < n and self.items[left] < self.items[smallest]:
                smallest = left
            if right < n and self.items[right] < self.items[smallest]:
                smallest = right
            if smallest == i:
                return
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest

    def is_valid(self):
        return all(not (self.items[c] < self.items[(c - 1) // 2]) for c in range(1, len(self.items)))

def heap_sort(values):
    h = MinHeap()
    for v in values:
        h.push(v)
    return [h.pop() for _ in range(len(h))]

class Event:
    counter = 0
    PRIORITY = {"depart": 0, "arrive": 1, "report": 2}

    def __init__(self, time, kind, data=None):
        Event.counter += 1
        self.seq = Event.counter
        self.time = time
        self.kind = kind
        self.data = data

    def key(self):
        return (self.time, self.PRIORITY[self.kind], self.seq)

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"Event({self.time:.2f}, {self.kind}, #{self.seq})"

class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

class Bank:
    def __init__(self, tellers, seed, n_customers, report_every=10.0, verbose_until=8):
        random.seed(seed)
        self.rng = random
        self.free_tellers = list(range(tellers))
        self.queue = []
        self.events = MinHeap()
        self.now = 0.0
        self.waits = []
        self.served = {t: 0 for t in range(tellers)}
        self.max_queue = 0
        self.report_every = report_every
        self.verbose_until = verbose_until
        self.processed = 0
        t = 0.0
        for cid in range(1, n_customers + 1):
            t += round(self.rng.expovariate(1 / 2.0), 2)
            service = round(self.rng.uniform(1.0, 6.0), 2)
            self.events.push(Event(t, "arrive", Customer(cid, t, service)))
        self.events.push(Event(report_every, "report"))

    def log(self, msg):
        if self.processed <= self.verbose_until:
            print(f"  t={self.now:7.2f} {msg}")

    def start_service(self, customer):
        teller = self.free_tellers.pop(0)
        customer.start = self.now
        wait = round(self.now - customer.arrival, 2)
        self.waits.append(wait)
        self.served[teller] += 1
        self.events.push(Event(round(self.now + customer.service, 2), "depart", (teller, customer)))
        self.log(f"customer {customer.cid} -> teller {teller} (waited {wait:.2f})")

    def run(self):
        while len(self.events):
            ev = self.events.pop()
            self.now = ev.time
            self.processed += 1
            if ev.kind == "arrive":
                c = ev.data
                self.log(f"customer {c.cid} arrives (service {c.service:.2f})")
                if self.free_tellers:
                    self.start_service(c)
                else:
                    self.queue.append(c)
                    self.max_queue = max(self.max_queue, len(self.queue))
            elif ev.kind == "depart":
                teller, c = ev.data
                self.free_tellers.append(teller)
                self.free_tellers.sort()
                self.log(f"customer {c.cid} leaves teller {teller}")
                if self.queue:
                    self.start_service(self.queue.pop(0))
            elif ev.kind == "report":
                print(f"  [report t={self.now:.0f}] queue={len(self.queue)} busy={len(self.served) - len(self.free_tellers)} done={len(self.waits)}")
                if len(self.events):
                    self.events.push(Event(self.now + self.report_every, "report"))
        return self.summary()

    def summary(self):
        n = len(self.waits)
        avg = sum(self.waits) / n
        longest = max(self.waits)
        delayed = sum(1 for w in self.waits if w > 0)
        return {
            "customers": n,
            "end_time": round(self.now, 2),
            "avg_wait": round(avg, 3),
            "max_wait": longest,
            "delayed": delayed,
            "max_queue": self.max_queue,
            "per_teller": dict(self.served),
        }

data = [5, 3, 9, 1, 5, 8, 2, 7, 0, -4, 3]
print(heap_sort(data), heap_sort(data) == sorted(data))
h = MinHeap()
for v in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
    h.push(v)
print(h.peek(), h.is_valid(), [h.pop() for _ in range(len(h))])
try:
    MinHeap().pop()
except IndexError as e:
    print("IndexError:", e)

random.seed(7)
rand_vals = [random.randint(0, 1000) for _ in range(200)]
print(heap_sort(rand_vals)[:10], heap_sort(rand_vals) == sorted(rand_vals))

for tellers, seed in [(1, 1), (2, 1), (3, 42)]:
    Event.counter = 0
    print(f"=== {tellers} teller(s), seed {seed}")
    result = Bank(tellers, seed, n_customers=25).run()
    for key, value in result.items():
        print(f"  {key:>10}: {value}")
