/* Borrows and returns NativePool buffers through the callbacks of NativePool.GetNativeCallbacks(),
   from several threads at once, checking that no two owners ever hold the same bytes. */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Mirrors ParamArena.NativePoolCallbacks. */
typedef struct pool_callbacks {
    void* context;
    void* (*get)(void* context, size_t size);
    void (*put)(void* context, void* block);
} pool_callbacks;

typedef struct worker {
    const pool_callbacks* callbacks;
    int index;
    int iterations;
    long errors;
    long borrowed;
} worker;

#define HELD 32

static uint32_t next_random(uint32_t* state) {
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/* Each thread fills a block with a byte that names the thread and slot; a second owner would change it. */
static unsigned char fill_byte(int thread, int slot) {
    return (unsigned char)(1 + thread * HELD + slot);
}

static long verify(const unsigned char* block, size_t size, unsigned char expected) {
    for (size_t i = 0; i < size; i++) {
        if (block[i] != expected) {
            return 1;
        }
    }
    return 0;
}

static void* run_worker(void* argument) {
    worker* w = (worker*)argument;
    const pool_callbacks* cb = w->callbacks;
    unsigned char* held[HELD] = {0};
    size_t sizes[HELD] = {0};
    uint32_t state = 0x9E3779B9u ^ (uint32_t)(w->index * 7919 + 1);

    for (int i = 0; i < w->iterations; i++) {
        int slot = (int)(next_random(&state) % HELD);
        if (held[slot] != NULL) {
            w->errors += verify(held[slot], sizes[slot], fill_byte(w->index, slot));
            cb->put(cb->context, held[slot]);
            held[slot] = NULL;
            continue;
        }

        uint32_t pick = next_random(&state);
        size_t size = (pick % 16 == 0) ? 1000 + pick % 5000 : pick % 300; /* mostly pooled, some large */
        unsigned char* block = (unsigned char*)cb->get(cb->context, size);
        if (block == NULL || ((uintptr_t)block & 15) != 0) {
            w->errors++;
            continue;
        }
        memset(block, fill_byte(w->index, slot), size);
        held[slot] = block;
        sizes[slot] = size;
        w->borrowed++;
    }

    for (int slot = 0; slot < HELD; slot++) {
        if (held[slot] != NULL) {
            w->errors += verify(held[slot], sizes[slot], fill_byte(w->index, slot));
            cb->put(cb->context, held[slot]);
        }
    }
    return NULL;
}

/* Runs `threads` threads of `iterations` borrow-or-return steps each. Returns the number of errors
   (NULL blocks, misaligned blocks, bytes changed by another owner), or -1 for bad arguments. */
int pool_borrow_from_threads(const pool_callbacks* callbacks, int threads, int iterations, long* borrowed) {
    enum { MAX_THREADS = 16 };
    pthread_t ids[MAX_THREADS];
    worker workers[MAX_THREADS];
    if (callbacks == NULL || threads < 1 || threads > MAX_THREADS || iterations < 0) {
        return -1;
    }

    for (int t = 0; t < threads; t++) {
        workers[t] = (worker){ callbacks, t, iterations, 0, 0 };
        if (pthread_create(&ids[t], NULL, run_worker, &workers[t]) != 0) {
            return -1;
        }
    }

    long errors = 0;
    *borrowed = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(ids[t], NULL);
        errors += workers[t].errors;
        *borrowed += workers[t].borrowed;
    }
    return (int)errors;
}

/* Borrows one block on the calling thread and fills it with `fill`; NULL if the pool refused. */
void* pool_borrow_one(const pool_callbacks* callbacks, size_t size, unsigned char fill) {
    void* block = callbacks->get(callbacks->context, size);
    if (block != NULL) {
        memset(block, fill, size);
    }
    return block;
}

/* Returns one block through the callbacks. */
void pool_return_one(const pool_callbacks* callbacks, void* block) {
    callbacks->put(callbacks->context, block);
}
