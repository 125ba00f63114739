/*
 * The C side of the generator's compile-and-run tests. Each pa_check_* function receives what a
 * generated [ArenaMarshal] stub staged and verifies, in C, every field of the graph against the values
 * the tests send; it returns 0 on success or the number of the first check that failed, so a wrong
 * layout, count or string cannot pass. pa_sizeof/pa_offsetof expose C's own layout to compare with
 * the generated Native structs field by field.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#define CHECK(n, cond) do { if (!(cond)) return (n); } while (0)

/* ---- shapes (field names equal the generated Native field names) ---- */

typedef struct { float X; float Y; } Vec2;

typedef struct {
    int32_t Id;
    const char* Name;
    Vec2 Pos;
} Item;

typedef struct {
    uint32_t Kind;
    Item Inline;
    const Item* Optional;
    uint32_t ItemsCount;
    const Item* Items;
    uint32_t WaitCount;
    const uint64_t* Waits;
    const uint32_t* Stages;
    const uint8_t* Code;
    size_t CodeSize;
    int32_t Flag;
    uint8_t SmallFlag;
    uint16_t Letter;
    const char16_t* Wide;
    const char* const* Tags;
    uint16_t TagCount;
} Scene;

typedef struct {
    uint32_t SType;
    const void* PNext;
    uint32_t EnabledCount;
    const int32_t* Enabled;
} ValidationFeatures;

typedef struct {
    uint32_t SType;
    const ValidationFeatures* PNext;
    uint32_t Severity;
    int32_t (*Callback)(int32_t);
} DebugInfo;

typedef struct {
    uint32_t SType;
    const void* PNext;
    const char* ApplicationName;
    uint32_t ApplicationVersion;
    const char* EngineName;
    uint32_t EngineVersion;
    uint32_t ApiVersion;
} AppInfo;

typedef struct {
    uint32_t SType;
    const DebugInfo* PNext;
    uint32_t Flags;
    const AppInfo* ApplicationInfo;
    uint32_t EnabledLayerCount;
    const char* const* EnabledLayerNames;
    uint32_t EnabledExtensionCount;
    const char* const* EnabledExtensionNames;
} InstanceInfo;

/* Like VkWriteDescriptorSet: the count sits before the type, away from its three optional arrays. */
typedef struct { uint64_t Buffer; uint64_t Offset; uint64_t Range; } BufferRef;
typedef struct {
    uint32_t SType;
    const void* PNext;
    uint32_t Binding;
    uint32_t DescriptorCount;
    uint32_t DescriptorType;
    const Item* Items;
    const BufferRef* Buffers;
    const uint64_t* Views;
} WriteSet;

/* A shape whose strings are all UTF-16 (StringMarshalling.Utf16 on the shape). */
typedef struct {
    int32_t Id;
    const char16_t* Name;
    uint32_t NameCount;
    const char16_t* const* Names;
} WideShape;

/* Structure chains: a head and three link types, every one starting with a tag and a next pointer. */
typedef struct { uint32_t SType; const void* PNext; } ChainBase;
typedef struct { uint32_t SType; const void* PNext; uint32_t Marker; const char* Name; } ChainHead;
typedef struct { uint32_t SType; const void* PNext; int32_t Value; } LinkA;
typedef struct { uint32_t SType; const void* PNext; const char* Text; uint64_t Big; } LinkB;
typedef struct { uint32_t SType; const void* PNext; uint32_t ValuesCount; const int32_t* Values; uint8_t Flag; } LinkC;

#define LAYOUT(T) if (strcmp(type, #T) == 0) return (int64_t)sizeof(T);
int64_t pa_sizeof(const char* type)
{
    LAYOUT(Vec2) LAYOUT(Item) LAYOUT(Scene) LAYOUT(ValidationFeatures) LAYOUT(DebugInfo) LAYOUT(AppInfo) LAYOUT(InstanceInfo) LAYOUT(WriteSet) LAYOUT(WideShape) LAYOUT(ChainHead) LAYOUT(LinkA) LAYOUT(LinkB) LAYOUT(LinkC)
    return -1;
}

#define OFFSET(T, F) if (strcmp(type, #T) == 0 && strcmp(field, #F) == 0) return (int64_t)offsetof(T, F);
int64_t pa_offsetof(const char* type, const char* field)
{
    OFFSET(Item, Id) OFFSET(Item, Name) OFFSET(Item, Pos)
    OFFSET(Scene, Kind) OFFSET(Scene, Inline) OFFSET(Scene, Optional) OFFSET(Scene, ItemsCount) OFFSET(Scene, Items)
    OFFSET(Scene, WaitCount) OFFSET(Scene, Waits) OFFSET(Scene, Stages) OFFSET(Scene, Code) OFFSET(Scene, CodeSize)
    OFFSET(Scene, Flag) OFFSET(Scene, SmallFlag) OFFSET(Scene, Letter) OFFSET(Scene, Wide) OFFSET(Scene, Tags) OFFSET(Scene, TagCount)
    OFFSET(ValidationFeatures, SType) OFFSET(ValidationFeatures, PNext) OFFSET(ValidationFeatures, EnabledCount) OFFSET(ValidationFeatures, Enabled)
    OFFSET(DebugInfo, SType) OFFSET(DebugInfo, PNext) OFFSET(DebugInfo, Severity) OFFSET(DebugInfo, Callback)
    OFFSET(AppInfo, SType) OFFSET(AppInfo, PNext) OFFSET(AppInfo, ApplicationName) OFFSET(AppInfo, ApplicationVersion)
    OFFSET(AppInfo, EngineName) OFFSET(AppInfo, EngineVersion) OFFSET(AppInfo, ApiVersion)
    OFFSET(InstanceInfo, SType) OFFSET(InstanceInfo, PNext) OFFSET(InstanceInfo, Flags) OFFSET(InstanceInfo, ApplicationInfo)
    OFFSET(InstanceInfo, EnabledLayerCount) OFFSET(InstanceInfo, EnabledLayerNames) OFFSET(InstanceInfo, EnabledExtensionCount)
    OFFSET(InstanceInfo, EnabledExtensionNames)
    OFFSET(WriteSet, SType) OFFSET(WriteSet, PNext) OFFSET(WriteSet, Binding) OFFSET(WriteSet, DescriptorCount)
    OFFSET(WriteSet, DescriptorType) OFFSET(WriteSet, Items) OFFSET(WriteSet, Buffers) OFFSET(WriteSet, Views)
    OFFSET(WideShape, Id) OFFSET(WideShape, Name) OFFSET(WideShape, NameCount) OFFSET(WideShape, Names)
    OFFSET(ChainHead, SType) OFFSET(ChainHead, PNext) OFFSET(ChainHead, Marker) OFFSET(ChainHead, Name)
    OFFSET(LinkA, SType) OFFSET(LinkA, PNext) OFFSET(LinkA, Value)
    OFFSET(LinkB, SType) OFFSET(LinkB, PNext) OFFSET(LinkB, Text) OFFSET(LinkB, Big)
    OFFSET(LinkC, SType) OFFSET(LinkC, PNext) OFFSET(LinkC, ValuesCount) OFFSET(LinkC, Values) OFFSET(LinkC, Flag)
    return -1;
}

static int utf16_equals(const char16_t* s, const char* ascii)
{
    if (s == NULL) return 0;
    size_t i = 0;
    for (; ascii[i] != 0; i++) if (s[i] != (char16_t)ascii[i]) return 0;
    return s[i] == 0;
}

/* Item i of a test's item list: Id = 100 + i, Name = "item-<i>", Pos = (i, -i). */
static int check_item(const Item* item, int i)
{
    char name[32];
    strcpy(name, "item-");
    name[5] = (char)('0' + i);
    name[6] = 0;
    CHECK(1, item->Id == 100 + i);
    CHECK(2, item->Name != NULL && strcmp(item->Name, name) == 0);
    CHECK(3, item->Pos.X == (float)i && item->Pos.Y == (float)-i);
    return 0;
}

int32_t pa_check_item(Item item, int32_t index) { return check_item(&item, index); }

int32_t pa_check_item_ptr(const Item* item, int32_t index)
{
    if (item == NULL) return -1;
    return check_item(item, index);
}

int32_t pa_check_items(const Item* items, int32_t count)
{
    if (items == NULL) return count == 0 ? -1 : 99;
    for (int32_t i = 0; i < count; i++)
    {
        int r = check_item(&items[i], i);
        if (r != 0) return 10 * (i + 1) + r;
    }
    return 0;
}

/* The scene the Scene test sends; see ShapeTests.MakeScene. */
int32_t pa_check_scene(const Scene* s)
{
    CHECK(1, s->Kind == 7);
    CHECK(2, check_item(&s->Inline, 0) == 0);
    CHECK(3, s->Optional != NULL && check_item(s->Optional, 1) == 0);
    CHECK(4, s->ItemsCount == 3 && s->Items != NULL);
    for (int i = 0; i < 3; i++) CHECK(5, check_item(&s->Items[i], i) == 0);
    CHECK(6, s->WaitCount == 2 && s->Waits != NULL && s->Stages != NULL);
    CHECK(7, s->Waits[0] == 0x1122334455667788ull && s->Waits[1] == 42);
    CHECK(8, s->Stages[0] == 0x10 && s->Stages[1] == 0x400);
    CHECK(9, s->CodeSize == 12 && s->Code != NULL);
    const uint32_t* words = (const uint32_t*)s->Code;
    CHECK(10, words[0] == 0x07230203u && words[1] == 1 && words[2] == 2);
    CHECK(11, s->Flag == 1);
    CHECK(12, s->SmallFlag == 1);
    CHECK(13, s->Letter == 0x00e9);
    CHECK(14, utf16_equals(s->Wide, "wide text"));
    CHECK(15, s->TagCount == 2 && s->Tags != NULL);
    CHECK(16, strcmp(s->Tags[0], "alpha") == 0 && s->Tags[1] == NULL);
    return 0;
}

int32_t pa_check_instance(const InstanceInfo* info)
{
    CHECK(1, info->SType == 1 && info->Flags == 0);
    const AppInfo* app = info->ApplicationInfo;
    CHECK(2, app != NULL && app->SType == 0 && app->PNext == NULL);
    CHECK(3, strcmp(app->ApplicationName, "ParamArena test") == 0 && app->ApplicationVersion == 3);
    CHECK(4, strcmp(app->EngineName, "none \xc3\xa9") == 0 && app->EngineVersion == 0 && app->ApiVersion == ((1u << 22) | (3u << 12)));
    CHECK(5, info->EnabledLayerCount == 2 && strcmp(info->EnabledLayerNames[0], "VK_LAYER_one") == 0 && strcmp(info->EnabledLayerNames[1], "VK_LAYER_two") == 0);
    CHECK(6, info->EnabledExtensionCount == 3);
    CHECK(7, strcmp(info->EnabledExtensionNames[0], "VK_EXT_a") == 0 && strcmp(info->EnabledExtensionNames[1], "VK_EXT_bb") == 0
             && strcmp(info->EnabledExtensionNames[2], "VK_EXT_ccc") == 0);
    const DebugInfo* debug = info->PNext;
    CHECK(8, debug != NULL && debug->SType == 1000128004u && debug->Severity == 0x1111);
    CHECK(9, debug->Callback != NULL && debug->Callback(20) == 41);
    const ValidationFeatures* features = debug->PNext;
    CHECK(10, features != NULL && features->SType == 1000247000u && features->PNext == NULL);
    CHECK(11, features->EnabledCount == 2 && features->Enabled[0] == 5 && features->Enabled[1] == 6);
    return 0;
}

/*
 * Walks a chain and checks every link against what the test built: link i has the tag tags[i] (10 LinkA,
 * 11 LinkB, 12 LinkC) and fields derived from seed + i. Returns 0, or where the first mismatch is: 1-3 the
 * head, 100 * (i + 1) + n link i's check n, 9000 + i a chain shorter than tags (link i missing), 9999 longer.
 */
int32_t pa_check_chain(const ChainHead* head, const uint32_t* tags, uint32_t count, int32_t seed)
{
    char expected[32];
    CHECK(1, head != NULL && head->SType == 1);
    CHECK(2, head->Marker == (uint32_t)seed * 3u);
    snprintf(expected, sizeof expected, "head-%d", seed);
    CHECK(3, head->Name != NULL && strcmp(head->Name, expected) == 0);
    const ChainBase* link = head->PNext;
    for (uint32_t i = 0; i < count; i++)
    {
        int32_t v = seed + (int32_t)i;
        int32_t at = 100 * (int32_t)(i + 1);
        if (link == NULL) return 9000 + (int32_t)i;
        if (link->SType != tags[i]) return at + 1;
        switch (link->SType)
        {
            case 10:
                CHECK(at + 2, ((const LinkA*)link)->Value == v);
                break;
            case 11: {
                const LinkB* b = (const LinkB*)link;
                snprintf(expected, sizeof expected, "link-%d", v);
                CHECK(at + 3, b->Text != NULL && strcmp(b->Text, expected) == 0);
                CHECK(at + 4, b->Big == (uint64_t)v * 1000000007ull);
                break;
            }
            case 12: {
                const LinkC* c = (const LinkC*)link;
                CHECK(at + 5, c->ValuesCount == (uint32_t)(v % 3 + 1) && c->Values != NULL);
                for (uint32_t j = 0; j < c->ValuesCount; j++) CHECK(at + 6, c->Values[j] == v * 10 + (int32_t)j);
                CHECK(at + 7, c->Flag == (uint8_t)(v & 1));
                break;
            }
            default:
                return at + 8;
        }
        link = link->PNext;
    }
    CHECK(9999, link == NULL);
    return 0;
}

/*
 * An output chain, as vkGetPhysicalDeviceFeatures2 fills one: every struct keeps its tag and pNext, and its fields
 * are written from its position i (1 for the first link): LinkA.Value = 10 * i, LinkB.Text = "filled-<i>" and
 * Big = 7 * i, LinkC's Values[j] = 100 * i + j in the array the caller staged, Flag = 1. The head's Marker becomes
 * the number of links. Returns -1 for a tag it does not know, else the number of links.
 */
int32_t pa_fill_chain(ChainHead* head)
{
    static const char* const texts[] = { "filled-0", "filled-1", "filled-2", "filled-3", "filled-4", "filled-5", "filled-6", "filled-7" };
    int32_t i = 0;
    for (ChainBase* link = (ChainBase*)head->PNext; link != NULL; link = (ChainBase*)link->PNext)
    {
        i++;
        switch (link->SType)
        {
            case 10: ((LinkA*)link)->Value = 10 * i; break;
            case 11: ((LinkB*)link)->Text = texts[i % 8]; ((LinkB*)link)->Big = 7u * (uint64_t)i; break;
            case 12: {
                LinkC* c = (LinkC*)link;
                for (uint32_t j = 0; j < c->ValuesCount; j++) ((int32_t*)c->Values)[j] = 100 * i + (int32_t)j;
                c->Flag = 1;
                break;
            }
            default: return -1;
        }
    }
    head->Marker = (uint32_t)i;
    return i;
}

/* ---- scalar, span, string and handle functions ---- */

int64_t pa_sum_i32(const int32_t* data, int32_t count)
{
    if (data == NULL) return count == 0 ? -1 : -2;
    int64_t sum = 0;
    for (int32_t i = 0; i < count; i++) sum += data[i];
    return sum;
}

void pa_fill(int32_t* data, size_t count, int32_t value)
{
    for (size_t i = 0; i < count; i++) data[i] = value + (int32_t)i;
}

int32_t pa_is_null(const void* p) { return p == NULL; }

void pa_increment(int32_t* value) { *value += 1; }
void pa_get_answer(int64_t* value) { *value = 42; }
double pa_twice(const double* value) { return *value * 2; }

/* By-ref pointers: writes a pointer through void**, and advances a cursor held in a const char**. */
static const char pa_static_text[] = "paramarena";
void pa_get_static_text(void** out) { *out = (void*)pa_static_text; }
int pa_advance(const char** cursor, int steps) {
    if (*cursor == NULL) return -1;
    int moved = 0;
    while (moved < steps && **cursor != '\0') { (*cursor)++; moved++; }
    return moved;
}
int pa_peek(const char* const* cursor) { return (unsigned char)**cursor; }

size_t pa_utf8_length(const char* s) { return s == NULL ? (size_t)-1 : strlen(s); }

/* FNV-1a over the bytes of a NUL-terminated UTF-8 string. */
uint32_t pa_hash_utf8(const char* s)
{
    uint32_t h = 2166136261u;
    for (const unsigned char* p = (const unsigned char*)s; *p; p++) h = (h ^ *p) * 16777619u;
    return h;
}

/* FNV-1a over the 16-bit code units of a NUL-terminated UTF-16 string. */
uint32_t pa_hash_utf16(const char16_t* s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ *s) * 16777619u;
    return h;
}

/* Hash of all strings joined by '|', "<null>" for a null entry. */
uint32_t pa_hash_strings(const char* const* items, int32_t count)
{
    if (items == NULL) return 0;
    uint32_t h = 2166136261u;
    for (int32_t i = 0; i < count; i++)
    {
        const char* s = items[i] == NULL ? "<null>" : items[i];
        if (i > 0) h = (h ^ '|') * 16777619u;
        for (const unsigned char* p = (const unsigned char*)s; *p; p++) h = (h ^ *p) * 16777619u;
    }
    return h;
}

int32_t pa_bool_value(int32_t b) { return b; }
int32_t pa_byte_bool_value(uint8_t b) { return b; }
int32_t pa_not(int32_t b) { return b == 0; }
void pa_toggle(int32_t* b) { *b = *b == 0; }
uint16_t pa_next_char(uint16_t c) { return (uint16_t)(c + 1); }
int32_t pa_apply(int32_t (*fn)(int32_t), int32_t x) { return fn(x); }
const char* pa_greeting(void) { return "h\xc3\xa9llo from C"; }
int32_t pa_enum_value(int32_t e) { return e * 10; }

void pa_set_errno(int32_t value) { errno = value; }

/* A "handle" is a malloc'd int; pa_live_handles counts the open ones so the tests can see releases. */
static int32_t live_handles;
intptr_t pa_handle_open(int32_t value)
{
    int32_t* p = malloc(sizeof(int32_t));
    *p = value;
    live_handles++;
    return (intptr_t)p;
}
void pa_handle_open_out(int32_t value, intptr_t* handle) { *handle = pa_handle_open(value); }
int32_t pa_handle_read(intptr_t handle) { return *(int32_t*)handle; }
int32_t pa_handle_close(intptr_t handle) { free((void*)handle); live_handles--; return 1; }
int32_t pa_live_handles(void) { return live_handles; }

/* Does nothing: the target of the marshalling benchmarks' calls. */
void pa_noop(const void* a) { (void)a; }

/* Sum of the bytes of a buffer given its size in bytes (for InBytes counts). */
int64_t pa_byte_sum(const uint8_t* data, int32_t size)
{
    int64_t sum = 0;
    for (int32_t i = 0; i < size; i++) sum += data[i];
    return sum;
}

/* Distance in bytes between two received pointers: shows where the stub placed its staging. */
int64_t pa_distance(const void* a, const void* b) { return (int64_t)((const char*)b - (const char*)a); }

/* Reads a WriteSet as Vulkan would: DescriptorCount elements of each non-null array.
 * Returns count * 1000000 + which arrays are present (bits 1, 2, 4) * 100000 + the sum of Ids, Ranges and Views. */
int64_t pa_read_write_set(const WriteSet* w)
{
    int64_t sum = 0, present = 0;
    for (uint32_t i = 0; w->Items != NULL && i < w->DescriptorCount; i++) sum += w->Items[i].Id;
    for (uint32_t i = 0; w->Buffers != NULL && i < w->DescriptorCount; i++) sum += (int64_t)w->Buffers[i].Range;
    for (uint32_t i = 0; w->Views != NULL && i < w->DescriptorCount; i++) sum += (int64_t)w->Views[i];
    present = (w->Items != NULL ? 1 : 0) | (w->Buffers != NULL ? 2 : 0) | (w->Views != NULL ? 4 : 0);
    return (int64_t)w->DescriptorCount * 1000000 + present * 100000 + sum;
}

/* ---- UTF-16 strings and parameter counts ---- */

static int u16_equal(const char16_t* a, const char16_t* b)
{
    if (a == NULL || b == NULL) return a == b;
    while (*a != 0 && *a == *b) { a++; b++; }
    return *a == *b;
}

/* FNV-1a step over the 16-bit code units of a NUL-terminated UTF-16 string, or of "<null>". */
static uint32_t fnv_utf16(uint32_t h, const char16_t* s)
{
    if (s == NULL) s = u"<null>";
    for (; *s; s++) h = (h ^ *s) * 16777619u;
    return h;
}

/* A UTF-16 string returned by C (static: the stub copies it, never frees it); NULL when which != 0. */
const char16_t* pa_greeting_utf16(int32_t which) { return which == 0 ? u"h\u00e9llo from C \u2713" : NULL; }

/* Hash of UTF-16 strings joined by '|', "<null>" for a null entry; 0 for a null array. */
uint32_t pa_hash_strings_utf16(const char16_t* const* items, int32_t count)
{
    if (items == NULL) return 0;
    uint32_t h = 2166136261u;
    for (int32_t i = 0; i < count; i++)
    {
        if (i > 0) h = (h ^ '|') * 16777619u;
        h = fnv_utf16(h, items[i]);
    }
    return h;
}

/* One UTF-8 and one UTF-16 parameter in the same call: FNV-1a of the UTF-8 bytes, '|', then the UTF-16 units. */
uint32_t pa_hash_mixed(const char* utf8, const char16_t* utf16)
{
    uint32_t h = 2166136261u;
    for (const unsigned char* p = (const unsigned char*)utf8; *p; p++) h = (h ^ *p) * 16777619u;
    h = (h ^ '|') * 16777619u;
    return fnv_utf16(h, utf16);
}

/* The WideShape the test sends: Id 7, Name "w\u00efde \u2713", Names { "\u03b1", NULL, "\u03c9" }. */
int32_t pa_check_wide(const WideShape* w)
{
    CHECK(1, w != NULL);
    CHECK(2, w->Id == 7);
    CHECK(3, u16_equal(w->Name, u"w\u00efde \u2713"));
    CHECK(4, w->NameCount == 3);
    CHECK(5, w->Names != NULL);
    CHECK(6, u16_equal(w->Names[0], u"\u03b1"));
    CHECK(7, w->Names[1] == NULL);
    CHECK(8, u16_equal(w->Names[2], u"\u03c9"));
    return 0;
}

/* Sums ints given an 8-bit count; counts its calls, so a test can show a rejected call never reached C. */
static int32_t sum_with_byte_count_calls;
int64_t pa_sum_i32_byte_count(const int32_t* data, uint8_t count)
{
    sum_with_byte_count_calls++;
    int64_t sum = 0;
    for (uint32_t i = 0; i < count; i++) sum += data[i];
    return sum;
}
int32_t pa_sum_i32_byte_count_calls(void) { return sum_with_byte_count_calls; }

/* ---- the way back: structs the callee fills, modifies or returns (see ReadBackTests) ---- */

static const Item rb_items[3] = {
    { 200, "back-0", { 0.5f, -0.5f } },
    { 201, "back-1", { 1.5f, -1.5f } },
    { 202, NULL, { 2.5f, -2.5f } },
};
static const Item rb_optional = { 300, "optional \xc3\xa9", { 3.0f, 4.0f } };
static const uint64_t rb_waits[3] = { 0xfedcba9876543210ull, 7, 8 };
static const uint32_t rb_stages[3] = { 1, 2, 4 };
static const uint32_t rb_code[4] = { 0x07230203u, 10, 20, 30 };
static const char* const rb_tags[3] = { "one", NULL, "thr\xc3\xa9\x65" };

/* Fills every field of a zeroed Scene from static memory. */
void pa_fill_scene(Scene* s)
{
    s->Kind = 0x5eed;
    s->Inline = rb_items[1];
    s->Optional = &rb_optional;
    s->ItemsCount = 3;
    s->Items = rb_items;
    s->WaitCount = 3;
    s->Waits = rb_waits;
    s->Stages = rb_stages;
    s->Code = (const uint8_t*)rb_code;
    s->CodeSize = sizeof rb_code;
    s->Flag = 1;
    s->SmallFlag = 1;
    s->Letter = 0x03a9;
    s->Wide = u"wide \u2713 back";
    s->Tags = rb_tags;
    s->TagCount = 3;
}

/* Checks what the managed side staged (ReadBackTests.SentScene), then changes some of it. */
int32_t pa_bump_scene(Scene* s)
{
    CHECK(1, s->Kind == 1 && s->Inline.Id == 10 && strcmp(s->Inline.Name, "in") == 0);
    CHECK(2, s->Optional != NULL && s->Optional->Id == 11);
    CHECK(3, s->ItemsCount == 2 && s->Items[1].Id == 13);
    CHECK(4, s->TagCount == 1 && strcmp(s->Tags[0], "tag") == 0);
    s->Kind += 1;
    s->Inline.Id *= 2;
    s->Inline.Name = "changed";
    s->Optional = NULL;
    s->ItemsCount = 1;
    s->Flag = !s->Flag;
    s->Letter = 'Z';
    s->Tags = NULL;
    s->TagCount = 0;
    return 0;
}

Item pa_make_item(int32_t id)
{
    Item item = { id, "made", { (float)id, (float)-id } };
    return item;
}

const Item* pa_find_item(int32_t index) { return index >= 0 && index < 3 ? &rb_items[index] : NULL; }

void pa_fill_write_set(WriteSet* w)
{
    static const BufferRef buffers[2] = { { 1, 2, 3 }, { 4, 5, 6 } };
    w->SType = 35;
    w->PNext = NULL;
    w->Binding = 9;
    w->DescriptorCount = 2;
    w->DescriptorType = 6;
    w->Items = NULL;
    w->Buffers = buffers;
    w->Views = NULL;
}

void pa_fill_wide(WideShape* w)
{
    static const char16_t* const names[2] = { u"\u03b2", NULL };
    w->Id = -5;
    w->Name = u"r\u00e9ad \u2713";
    w->NameCount = 2;
    w->Names = names;
}

typedef struct RbTreeNode { int32_t Value; uint32_t ChildrenCount; const struct RbTreeNode* Children; } RbTreeNode;

/* A three-level tree, or (looped) a node that is its own child. */
void pa_fill_tree(RbTreeNode* root, int32_t looped)
{
    static RbTreeNode leaves[2] = { { 3, 0, NULL }, { 4, 0, NULL } };
    static RbTreeNode middle[1] = { { 2, 2, leaves } };
    static RbTreeNode loop = { 9, 1, &loop };
    *root = looped ? loop : (RbTreeNode){ 1, 1, middle };
}

/* A shape with only blittable fields (an inline array among them), so reading it back allocates nothing. */
typedef struct { uint32_t Width; uint32_t Height; int32_t Valid; uint16_t Letter; double Scale; float Extra[4]; } Extent;

void pa_fill_extent(Extent* e, uint32_t width)
{
    e->Width = width;
    e->Height = width * 2;
    e->Valid = 1;
    e->Letter = 'e';
    e->Scale = 0.25;
    for (int i = 0; i < 4; i++) e->Extra[i] = (float)(width + i);
}

/* Fixed-size buffers inside a struct, as VkPhysicalDeviceProperties' deviceName[256] and pipelineCacheUUID[16]. */
typedef struct {
    uint32_t Id;
    char DeviceName[256];
    float Color[4];
    uint8_t Uuid[16];
    float Extra[4];
    char16_t Wide[8];
    int16_t Small[3];
    const char* Label;
} FixedInfo;

static int32_t fixed_checks;
int32_t pa_fixed_checks(void) { return fixed_checks; }

static int all_zero(const void* p, size_t n)
{
    for (size_t i = 0; i < n; i++) if (((const unsigned char*)p)[i] != 0) return 0;
    return 1;
}

/* What ReadBackTests.SentFixed stages: short values are followed by zeros, null arrays are all zeros. */
int32_t pa_check_fixed(const FixedInfo* f)
{
    fixed_checks++;
    static const char name[] = "lavapipe \xc3\xa9";
    CHECK(1, f->Id == 5);
    CHECK(2, memcmp(f->DeviceName, name, sizeof name) == 0 && all_zero(f->DeviceName + sizeof name, 256 - sizeof name));
    CHECK(3, f->Color[0] == 1.0f && f->Color[1] == 2.0f && f->Color[2] == 0.0f && f->Color[3] == 0.0f);
    for (int i = 0; i < 16; i++) CHECK(4, f->Uuid[i] == i * 3);
    for (int i = 0; i < 4; i++) CHECK(5, f->Extra[i] == 0.5f + (float)i);
    CHECK(6, u16_equal(f->Wide, u"w\u00efde") && all_zero(f->Wide + 4, 4 * sizeof(char16_t)));
    CHECK(7, all_zero(f->Small, sizeof f->Small));
    CHECK(8, f->Label != NULL && strcmp(f->Label, "label") == 0);
    return 0;
}

/* Fills every buffer; with full set, the name fills all 256 bytes with no NUL. */
void pa_fill_fixed(FixedInfo* f, int32_t full)
{
    f->Id = 77;
    memset(f->DeviceName, 0, sizeof f->DeviceName);
    if (full) memset(f->DeviceName, 'x', sizeof f->DeviceName);
    else strcpy(f->DeviceName, "llvmpipe (LLVM 15.0.7, 256 bits) \xe2\x9c\x93");
    for (int i = 0; i < 4; i++) f->Color[i] = 0.25f * (float)(i + 1);
    for (int i = 0; i < 16; i++) f->Uuid[i] = (uint8_t)(0xf0 + i);
    for (int i = 0; i < 4; i++) f->Extra[i] = -(float)i;
    memset(f->Wide, 0, sizeof f->Wide);
    memcpy(f->Wide, u"seven\u2713!", 7 * sizeof(char16_t));
    f->Small[0] = -1; f->Small[1] = 2; f->Small[2] = -3;
    f->Label = "filled";
}

FixedInfo pa_make_fixed(uint32_t id)
{
    FixedInfo f;
    pa_fill_fixed(&f, 0);
    f.Id = id;
    return f;
}

#define RB_LAYOUT(T) if (strcmp(type, #T) == 0) return (int64_t)sizeof(T);
int64_t pa_rb_sizeof(const char* type)
{
    RB_LAYOUT(RbTreeNode) RB_LAYOUT(Extent) RB_LAYOUT(FixedInfo)
    return -1;
}

#define RB_OFFSET(T, F) if (strcmp(type, #T) == 0 && strcmp(field, #F) == 0) return (int64_t)offsetof(T, F);
int64_t pa_rb_offsetof(const char* type, const char* field)
{
    RB_OFFSET(RbTreeNode, Value) RB_OFFSET(RbTreeNode, ChildrenCount) RB_OFFSET(RbTreeNode, Children)
    RB_OFFSET(Extent, Width) RB_OFFSET(Extent, Height) RB_OFFSET(Extent, Valid) RB_OFFSET(Extent, Letter) RB_OFFSET(Extent, Scale)
    RB_OFFSET(Extent, Extra)
    RB_OFFSET(FixedInfo, Id) RB_OFFSET(FixedInfo, DeviceName) RB_OFFSET(FixedInfo, Color) RB_OFFSET(FixedInfo, Uuid) RB_OFFSET(FixedInfo, Extra)
    RB_OFFSET(FixedInfo, Wide) RB_OFFSET(FixedInfo, Small) RB_OFFSET(FixedInfo, Label)
    return -1;
}

/* Enumerations: a list of uint64 values 1000, 1001, ... that grows by `growth` items after each of the next `grow_times`
   count queries, so a stub's second call finds more items than its first was told; `fail` makes the count query fail.
   pa_enumerate_values follows Vulkan (count by pointer, 5 = incomplete, negative = error), pa_enumerate_void is the same
   without a result (vkGetPhysicalDeviceQueueFamilyProperties), pa_list_values follows getgroups (capacity by value,
   the number of items returned) but returns the length it needs when the capacity is too small. */
static uint32_t enum_length, enum_growth;
static int32_t enum_grow_times, enum_fail, enum_calls;

void pa_enum_reset(uint32_t length, int32_t grow_times, uint32_t growth, int32_t fail)
{
    enum_length = length;
    enum_grow_times = grow_times;
    enum_growth = growth;
    enum_fail = fail;
    enum_calls = 0;
}

int32_t pa_enum_calls(void) { return enum_calls; }

static uint32_t enum_count_query(void)
{
    uint32_t length = enum_length;
    if (enum_grow_times > 0)
    {
        enum_grow_times--;
        enum_length += enum_growth;
    }
    return length;
}

static uint32_t enum_fill(uint32_t capacity, uint64_t* items)
{
    uint32_t n = capacity < enum_length ? capacity : enum_length;
    for (uint32_t i = 0; i < n; i++) items[i] = 1000u + i;
    return n;
}

int32_t pa_enumerate_values(uint32_t* count, uint64_t* items)
{
    enum_calls++;
    if (count == NULL) return -7;
    if (items == NULL)
    {
        if (enum_fail) return -3;
        *count = enum_count_query();
        return 0;
    }
    *count = enum_fill(*count, items);
    return *count < enum_length ? 5 : 0;
}

void pa_enumerate_void(uint32_t* count, uint64_t* items)
{
    enum_calls++;
    if (items == NULL) *count = enum_count_query();
    else *count = enum_fill(*count, items);
}

int32_t pa_list_values(int32_t capacity, uint64_t* items)
{
    enum_calls++;
    if (capacity < 0 || (capacity > 0 && items == NULL)) return -1;
    if (capacity == 0) return enum_fail ? -1 : (int32_t)enum_count_query();
    if ((uint32_t)capacity < enum_length) return (int32_t)enum_length;
    return (int32_t)enum_fill((uint32_t)capacity, items);
}

/* The same growing list as items with a name each, for [ArenaStruct] items read back: { 1000, "item-0" }, ... (at most 64). */
typedef struct PaNamedItem
{
    uint32_t Id;
    const char* Name;
} PaNamedItem;

static char enum_names[64][16];

int32_t pa_enumerate_named(uint32_t* count, PaNamedItem* items)
{
    enum_calls++;
    if (items == NULL)
    {
        *count = enum_count_query();
        return 0;
    }
    uint32_t n = *count < enum_length ? *count : enum_length;
    if (n > 64) n = 64;
    for (uint32_t i = 0; i < n; i++)
    {
        char* name = enum_names[i];
        /* "item-" and up to two digits, without stdio. */
        memcpy(name, "item-", 5);
        if (i >= 10) { name[5] = (char)('0' + i / 10); name[6] = (char)('0' + i % 10); name[7] = 0; }
        else { name[5] = (char)('0' + i); name[6] = 0; }
        items[i].Id = 1000u + i;
        items[i].Name = name;
    }
    *count = n;
    return n < enum_length ? 5 : 0;
}

/* The same growing list as items that must arrive tagged, as Vulkan requires of VkQueueFamilyProperties2: each slot's
   SType must be PA_TAGGED_ITEM and its PNext NULL before the fill call, or the call fails with -4 (nothing written). */
#define PA_TAGGED_ITEM 1000059005u
typedef struct PaTaggedItem
{
    uint32_t SType;
    void* PNext;
    uint64_t Value;
} PaTaggedItem;

int32_t pa_enumerate_tagged(uint32_t* count, PaTaggedItem* items)
{
    enum_calls++;
    if (items == NULL)
    {
        *count = enum_count_query();
        return 0;
    }
    for (uint32_t i = 0; i < *count; i++)
    {
        if (items[i].SType != PA_TAGGED_ITEM || items[i].PNext != NULL) return -4;
    }
    uint32_t n = *count < enum_length ? *count : enum_length;
    for (uint32_t i = 0; i < n; i++) items[i].Value = 1000u + i;
    *count = n;
    return n < enum_length ? 5 : 0;
}

/* ---- callbacks: native code calling managed trampolines (see CallbackTests) ---- */

typedef int32_t (*scene_callback)(const Scene* scene, const char* label, const Item* items, int32_t count, const Item* optional,
                                  int32_t flag, void* user);

/* Calls back with a filled Scene (strings, arrays with counts, an optional shape), an array of Items and, if asked, an optional Item. */
int32_t pa_call_with_scene(scene_callback callback, void* user, int32_t with_optional)
{
    Scene scene;
    memset(&scene, 0, sizeof scene);
    pa_fill_scene(&scene);
    return callback(&scene, "label \xc3\xa9", rb_items, 3, with_optional ? &rb_optional : NULL, 1, user);
}

/* Returns what the callback returns for value (the managed side's documented default when it throws). */
int32_t pa_call_int(int32_t (*callback)(int32_t), int32_t value) { return callback(value); }

/* The length of a staged item's name; what a nested call inside a callback stages. */
int32_t pa_item_name_length(const Item* item) { return item->Name == NULL ? -1 : (int32_t)strlen(item->Name); }

/* Calls back while item (staged by the caller) is in use, then checks it is intact: returns the callback's result, or -1000
   when the item changed during the callback. */
int32_t pa_call_reentrant(const Item* item, int32_t (*callback)(const Item*))
{
    char before[256];
    if (item->Name == NULL || strlen(item->Name) >= sizeof before) return -2000;
    strcpy(before, item->Name);
    int32_t id = item->Id;
    int32_t result = callback(item);
    return strcmp(before, item->Name) == 0 && item->Id == id ? result : -1000;
}
