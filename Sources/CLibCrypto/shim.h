#ifndef ISMSBOOK_CLIBCRYPTO_SHIM_H
#define ISMSBOOK_CLIBCRYPTO_SHIM_H
// The system's libcrypto (Debian libssl-dev, OpenSSL 3): its EVP digest interface, for SHA-256.
#include <openssl/evp.h>
#endif
