#ifndef ISMSBOOK_CXLSXWRITER_SHIM_H
#define ISMSBOOK_CXLSXWRITER_SHIM_H
// The whole public API of libxlsxwriter (Debian libxlsxwriter-dev 1.1.4).
#include <xlsxwriter.h>
#endif
