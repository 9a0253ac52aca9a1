/*
 * xl-offline: an LD_PRELOAD library that lets Xen's own `xl -N create` (a dry run that parses an
 * xl.cfg and prints the domain configuration it built) run on a machine without Xen.
 *
 * libxl opens the hypervisor and xenstore and asks the host for its version and physical
 * layout before it parses a file. Those calls are answered here by a fictional host: Xen 4.17,
 * one node, 8 CPUs, 16 GiB, with HVM, PV, HAP and shadow paging available, so that every guest
 * type TopoLang writes can be parsed. Nothing the parser itself does is replaced.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* xen_sysctl_physinfo of Xen 4.17 (xen/include/public/sysctl.h, interface version 0x15). */
struct fake_physinfo {
    uint32_t threads_per_core;
    uint32_t cores_per_socket;
    uint32_t nr_cpus;
    uint32_t max_cpu_id;
    uint32_t nr_nodes;
    uint32_t max_node_id;
    uint32_t cpu_khz;
    uint32_t capabilities;
    uint32_t arch_capabilities;
    uint32_t pad;
    uint64_t total_pages;
    uint64_t free_pages;
    uint64_t scrub_pages;
    uint64_t outstanding_pages;
    uint64_t max_mfn;
    uint32_t hw_cap[8];
};

enum {
    PHYSCAP_HVM = 1u << 0,
    PHYSCAP_PV = 1u << 1,
    PHYSCAP_DIRECTIO = 1u << 2,
    PHYSCAP_HAP = 1u << 3,
    PHYSCAP_SHADOW = 1u << 4,
    PHYSCAP_GNTTAB_V1 = 1u << 8,
    PHYSCAP_GNTTAB_V2 = 1u << 9,
};

/* XENVER_* sub-commands of the xen_version hypercall (xen/include/public/version.h). */
enum {
    XENVER_VERSION = 0,
    XENVER_EXTRAVERSION = 1,
    XENVER_COMPILE_INFO = 2,
    XENVER_CAPABILITIES = 3,
    XENVER_CHANGESET = 4,
    XENVER_PLATFORM_PARAMETERS = 5,
    XENVER_PAGESIZE = 7,
    XENVER_COMMANDLINE = 9,
    XENVER_BUILD_ID = 10,
};

static const uint64_t fake_pages = 4u << 20; /* 16 GiB of 4 KiB pages */

/* Handles are only ever passed back to the functions below, so any non-null block will do. */
void *xc_interface_open(void *logger, void *dombuild_logger, unsigned flags) { return calloc(1, 4096); }
int xc_interface_close(void *xch) { free(xch); return 0; }
void *xs_open(unsigned long flags) { return calloc(1, 4096); }
void xs_close(void *xsh) { free(xsh); }

int xc_version(void *xch, int cmd, void *arg)
{
    switch (cmd) {
    case XENVER_VERSION:
        return (4 << 16) | 17;
    case XENVER_EXTRAVERSION:
        strcpy(arg, ".0");          /* xen_extraversion_t: char[16] */
        return 0;
    case XENVER_COMPILE_INFO:
        memset(arg, 0, 64 + 16 + 32 + 32);
        return 0;
    case XENVER_CAPABILITIES:
        strcpy(arg, "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64");
        return 0;
    case XENVER_CHANGESET:
        strcpy(arg, "offline");     /* xen_changeset_info_t: char[64] */
        return 0;
    case XENVER_PLATFORM_PARAMETERS:
        memset(arg, 0, sizeof(unsigned long));
        return 0;
    case XENVER_PAGESIZE:
        return 4096;
    case XENVER_COMMANDLINE:
        strcpy(arg, "");
        return 0;
    case XENVER_BUILD_ID:
    default:
        errno = ENOSYS;             /* libxl treats a missing build id as unknown */
        return -1;
    }
}

int xc_physinfo(void *xch, struct fake_physinfo *info)
{
    memset(info, 0, sizeof *info);
    info->threads_per_core = 1;
    info->cores_per_socket = 8;
    info->nr_cpus = 8;
    info->max_cpu_id = 7;
    info->nr_nodes = 1;
    info->max_node_id = 0;
    info->cpu_khz = 2000000;
    info->capabilities = PHYSCAP_HVM | PHYSCAP_PV | PHYSCAP_DIRECTIO | PHYSCAP_HAP | PHYSCAP_SHADOW
                       | PHYSCAP_GNTTAB_V1 | PHYSCAP_GNTTAB_V2;
    info->total_pages = fake_pages;
    info->free_pages = fake_pages;
    info->max_mfn = fake_pages;
    return 0;
}

/* Memory sharing statistics that libxl_get_physinfo adds to the layout above. */
long xc_sharing_freed_pages(void *xch) { return 0; }
long xc_sharing_used_frames(void *xch) { return 0; }
