#include "base/sha256.h"

#include <Poco/Crypto/DigestEngine.h>
#include <Poco/Crypto/OpenSSLInitializer.h>

namespace kefu {

std::string Sha256Hex(std::string_view bytes) {
  // Poco 1.11's OpenSSLInitializer counts its users without a lock that covers the last one
  // leaving: when the count falls to zero it destroys OpenSSL's mutexes while another thread's
  // DigestEngine may be creating them (a crash seen once in a thousand concurrent stagings).
  // One initializer held for the life of the process keeps the count above zero.
  static const Poco::Crypto::OpenSSLInitializer keep_openssl_initialized;
  Poco::Crypto::DigestEngine engine("SHA256");
  engine.update(bytes.data(), bytes.size());
  return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace kefu
