package io.github.cnbenforcer.cache;

import io.github.cnbenforcer.cache.ImageCache.Loader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.ToLongFunction;

/**
 * Values by key, loaded at most once at a time: a thread that asks for a key another thread is
 * loading waits for that load instead of starting its own. Failures are not kept: the next asker
 * (a waiter included) loads again, with its own loader, so every error comes from the caller's own
 * loader. Held values are bounded by weight; the least recently used go first.
 */
final class SessionMemory {
    private final long maxWeight;
    private final Map<Object, Slot> slots = new LinkedHashMap<>(16, 0.75f, true);
    private long heldWeight;

    SessionMemory(long maxWeight) {
        this.maxWeight = maxWeight;
    }

    /** The value held for {@code key}, if one is loaded. */
    synchronized Optional<Object> get(Object key) {
        Slot slot = slots.get(key);
        return slot != null && slot.isLoaded() ? Optional.of(slot.value.join()) : Optional.empty();
    }

    /** Holds {@code value} for {@code key}, unless a load of that key is under way (it will hold its own). */
    synchronized void put(Object key, Object value, long weight) {
        Slot slot = slots.get(key);
        if (slot == null || slot.isLoaded()) {
            hold(key, new Slot(null), value, weight);
        }
    }

    /** The value of {@code key}: held, else loaded by the thread loading it now, else by {@code loader}. */
    <T, E extends Exception> T once(Object key, ToLongFunction<T> weight, Loader<T, E> loader) throws E {
        while (true) {
            Slot slot;
            boolean leading = false;
            synchronized (this) {
                slot = slots.get(key);
                if (slot == null) {
                    slot = new Slot(Thread.currentThread());
                    slots.put(key, slot);
                    leading = true;
                }
            }
            if (leading) {
                return lead(key, slot, weight, loader);
            }
            if (slot.isBeingLoadedBy(Thread.currentThread())
                    || Thread.currentThread().isInterrupted()) {
                // A loader that asks for its own key, or a thread told to stop: never wait.
                return loader.load();
            }
            Optional<T> value = await(slot);
            if (value.isPresent()) {
                return value.get();
            }
        }
    }

    private <T, E extends Exception> T lead(Object key, Slot slot, ToLongFunction<T> weight, Loader<T, E> loader)
            throws E {
        T value;
        try {
            value = loader.load();
        } catch (Exception | Error e) {
            synchronized (this) {
                slots.remove(key, slot);
            }
            slot.value.completeExceptionally(e);
            throw e;
        }
        synchronized (this) {
            hold(key, slot, value, weight.applyAsLong(value));
        }
        return value;
    }

    /** The value the slot's loader loaded; empty if it failed or this thread was interrupted meanwhile. */
    @SuppressWarnings("unchecked")
    private static <T> Optional<T> await(Slot slot) {
        try {
            return Optional.of((T) slot.value.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Completes {@code slot} with {@code value}, holds it, and lets the least recently used go past the bound. */
    private void hold(Object key, Slot slot, Object value, long weight) {
        Slot previous = slots.put(key, slot);
        if (previous != null && previous.isLoaded()) {
            heldWeight -= previous.weight;
        }
        slot.weight = weight;
        slot.value.complete(value);
        heldWeight += weight;
        Iterator<Slot> eldest = slots.values().iterator();
        while (heldWeight > maxWeight && eldest.hasNext()) {
            Slot candidate = eldest.next();
            if (candidate.isLoaded()) {
                heldWeight -= candidate.weight;
                eldest.remove();
            }
        }
    }

    private static final class Slot {
        final CompletableFuture<Object> value = new CompletableFuture<>();
        /** The thread loading the value; null for a value put from outside. */
        final Thread loader;

        long weight;

        Slot(Thread loader) {
            this.loader = loader;
        }

        /** Whether {@code thread} is loading this slot's value right now. */
        boolean isBeingLoadedBy(Thread thread) {
            return loader == thread && !value.isDone();
        }

        boolean isLoaded() {
            return value.isDone() && !value.isCompletedExceptionally();
        }
    }
}
