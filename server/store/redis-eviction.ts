/**
 * Evictable entries in the Redis store. Redis's own `maxmemory` cannot cap them: it is the server's setting, for
 * all its keys, and its policies would evict vault entries and rate-limit counters as readily (they have a time
 * to live too). So the store keeps, beside the entries, an index of the evictable ones by expiry time (a sorted
 * set), their sizes (a hash) and their total (a counter), and a write past the cap deletes those that expire
 * first: Lua scripts keep the four in step, atomically, for every instance sharing the Redis.
 */
export const EVICTION_KEYS = ["evictable:index", "evictable:sizes", "evictable:bytes"] as const;

/** Forgets an evictable entry (nothing for another one) and deletes it. KEYS[2..4] are EVICTION_KEYS. */
const DROP = `
local function drop(key)
  local size = redis.call("HGET", KEYS[3], key)
  if size then
    redis.call("HDEL", KEYS[3], key)
    redis.call("ZREM", KEYS[2], key)
    redis.call("DECRBY", KEYS[4], size)
  end
  redis.call("DEL", key)
end
`;

/** KEYS[1] the entry. */
export const DELETE_SCRIPT = `${DROP}
drop(KEYS[1])`;

/**
 * KEYS[1] the entry; ARGV: value, ttl (ms), expiry (epoch ms), size (0: not evictable), cap (0: none), size to
 * evict down to, now (epoch ms). Index members whose expiry has passed are dropped (Redis expired the entries),
 * a few at each write; past the cap, the first to expire are dropped. Should the index have been lost (an
 * operator's maxmemory policy), the total starts again from zero rather than evicting on every write.
 */
export const SET_SCRIPT = `${DROP}
drop(KEYS[1])
redis.call("SET", KEYS[1], ARGV[1], "PX", ARGV[2])
local size = tonumber(ARGV[4])
if size == 0 then return 0 end
for _, expired in ipairs(redis.call("ZRANGEBYSCORE", KEYS[2], "-inf", ARGV[7], "LIMIT", 0, 20)) do drop(expired) end
redis.call("ZADD", KEYS[2], ARGV[3], KEYS[1])
redis.call("HSET", KEYS[3], KEYS[1], size)
local total = redis.call("INCRBY", KEYS[4], size)
local cap = tonumber(ARGV[5])
if cap == 0 or total <= cap then return 0 end
local target = tonumber(ARGV[6])
while total > target do
  local first = redis.call("ZRANGE", KEYS[2], 0, 0)[1]
  if not first then
    redis.call("SET", KEYS[4], 0)
    break
  end
  drop(first)
  total = tonumber(redis.call("GET", KEYS[4]))
end
return 0`;
