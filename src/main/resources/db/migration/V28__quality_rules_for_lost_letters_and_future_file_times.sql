-- Two checks the office asked for: a file whose text lost its Kazakh letters to a wrong encoding, and a file dated
-- in the future. Both are warnings: the figures stand, but the unit is told what to fix.
INSERT INTO quality_rule (id, severity, sort_order, tolerance, name_kk, name_ru, message_kk, message_ru) VALUES
('FILE_TIME_IN_FUTURE', 'WARNING', 45, 5, 'Файл уақыты болашақта', 'Время файла в будущем',
 'Файлдың уақыты оны алған уақыттан кейін: файл {value} күнімен белгіленген, {expected} алынды. Файл сақталған компьютердің сағатын тексеріп, файлды қайта жіберіңіз',
 'Время файла позже времени его получения: файл датирован {value}, получен {expected}. Проверьте часы компьютера, на котором файл сохранён, и пришлите файл заново'),
('TEXT_ENCODING_LOST', 'WARNING', 215, 0, 'Қазақ әріптері жоғалған', 'Потеряны казахские буквы',
 'Мәтін қазақ әріптерін жоғалтты (ә, і, ң, ғ, ү, ұ, қ, ө, һ орнына «?»), жолдар саны: {expected}, мысалы: «{value}». Файл Windows-1251 кодтауында сақталған: оны UTF-8 кодтауында немесе .xlsx түрінде сақтап, қайта жіберіңіз',
 'Текст потерял казахские буквы («?» вместо ә, і, ң, ғ, ү, ұ, қ, ө, һ), строк: {expected}, например: «{value}». Файл сохранён в кодировке Windows-1251: сохраните его в UTF-8 или в .xlsx и пришлите заново');
