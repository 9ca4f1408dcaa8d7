// kefu: a customer-service department's paperwork from its raw records.
#include <csignal>
#include <iostream>

#include "app/kefu_app.h"

int main(int argc, char** argv) {
  // A write past the file size limit (RLIMIT_FSIZE, `ulimit -f`) would otherwise kill the
  // process on the spot, leaving its temporary files behind; ignored, the write fails with
  // EFBIG and the publication is abandoned cleanly with an error message.
  std::signal(SIGXFSZ, SIG_IGN);
  return kefu::RunKefu(argc, argv, std::cout, std::cerr);
}
