evaluate(new File(basedir, '../registry-tls-login.groovy'))
