import Foundation

/// A first-in first-out queue between two threads that holds at most `capacity` elements:
/// a producer waits while it is full, a consumer while it is empty, so memory stays bounded
/// by the capacity whatever the speeds of the two sides.
///
/// Either side may close it: pushes then fail (the producer stops) and pops drain what is
/// left, then return `nil`.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    // Invariant: `slots`, `head`, `count` and `closed` are read and written only with
    // `condition` locked; the elements are `slots[(head + i) % capacity]` for `i < count`,
    // every other slot is `nil` (a taken element is not kept alive by the queue).
    private let condition = NSCondition()
    private var slots: [Element?]
    private var head = 0
    private var count = 0
    private var closed = false

    /// A queue of at most `capacity` (≥ 1) elements.
    init(capacity: Int) { slots = Array(repeating: nil, count: max(capacity, 1)) }

    /// Adds an element, waiting while the queue is full; `false` (and not added) once closed.
    func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed && count == slots.count { condition.wait() }
        guard !closed else { return false }
        slots[(head + count) % slots.count] = element
        count += 1
        condition.broadcast()
        return true
    }

    /// Takes the oldest element, waiting while the queue is empty; `nil` once it is closed and empty.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while !closed && count == 0 { condition.wait() }
        return take()
    }

    /// Takes the oldest element if there is one, without waiting.
    func popIfAvailable() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        return take()
    }

    /// Removes the oldest element (the lock held).
    private func take() -> Element? {
        guard count > 0 else { return nil }
        let element = slots[head]
        slots[head] = nil
        head = (head + 1) % slots.count
        count -= 1
        condition.broadcast()
        return element
    }

    /// Closes the queue: no more pushes; pops return what is left, then `nil`.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs `body` on a thread of its own; ``wait()`` returns when it has finished.
final class WorkerThread: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `body`. Everything it touches must belong to it until ``wait()`` returns.
    init(name: String, _ body: @escaping @Sendable () -> Void) {
        let finished = finished
        let thread = Thread {
            body()
            finished.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Waits for the body to finish.
    func wait() { finished.wait() }
}
